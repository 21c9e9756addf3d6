import CPangoCairo

/// A minimal vector-drawing surface handed to ``DocumentBlock/custom(height:draw:)`` closures.
///
/// Wraps the render's cairo context so callers (a QR code, a seal, a logo) never touch C pointers.
/// Coordinates are page coordinates in points (origin top-left, y down), the same as the
/// `CanvasRect` passed alongside. Drawing is clipped to that rectangle.
///
/// Only valid during the closure call: the renderer invalidates the canvas afterwards and every
/// method becomes a no-op, so a canvas that escapes cannot draw on a dead or foreign context.
/// Not `Sendable`: cairo contexts must stay on the rendering thread.
public final class CairoCanvas {
    private var cairo: OpaquePointer?

    init(cairo: OpaquePointer) {
        self.cairo = cairo
    }

    func invalidate() {
        cairo = nil
    }

    /// Fills a rectangle.
    public func fill(_ rect: CanvasRect, color: DocumentColor = .black) {
        fill([rect], color: color)
    }

    /// Fills many rectangles as one shape.
    ///
    /// Use this for QR modules: filling them together avoids the hairline seams that
    /// anti-aliasing leaves between separately filled adjacent squares.
    public func fill(_ rects: [CanvasRect], color: DocumentColor = .black) {
        guard let cairo else { return }
        cairo_new_path(cairo)
        for rect in rects {
            cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        }
        setSource(color, on: cairo)
        cairo_fill(cairo)
    }

    /// Starts a new sub-path at `point`.
    public func move(to point: CanvasPoint) {
        guard let cairo else { return }
        cairo_move_to(cairo, point.x, point.y)
    }

    /// Adds a straight segment from the current point to `point`.
    public func line(to point: CanvasPoint) {
        guard let cairo else { return }
        cairo_line_to(cairo, point.x, point.y)
    }

    /// Adds a closed rectangle sub-path.
    public func addRect(_ rect: CanvasRect) {
        guard let cairo else { return }
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    }

    /// Closes the current sub-path with a segment back to its start.
    public func closePath() {
        guard let cairo else { return }
        cairo_close_path(cairo)
    }

    /// Fills the current path (non-zero winding) and clears it.
    public func fillPath(color: DocumentColor = .black) {
        guard let cairo else { return }
        setSource(color, on: cairo)
        cairo_fill(cairo)
    }

    /// Strokes the current path and clears it.
    public func strokePath(color: DocumentColor = .black, lineWidth: Double = 1) {
        guard let cairo else { return }
        setSource(color, on: cairo)
        cairo_set_line_width(cairo, lineWidth)
        cairo_stroke(cairo)
    }

    private func setSource(_ color: DocumentColor, on cairo: OpaquePointer) {
        cairo_set_source_rgb(cairo, clamp(color.red), clamp(color.green), clamp(color.blue))
    }

    private func clamp(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, 0), 1)
    }
}

/// cairo contexts are not thread-safe; the canvas must stay on the rendering thread.
@available(*, unavailable)
extension CairoCanvas: Sendable {}

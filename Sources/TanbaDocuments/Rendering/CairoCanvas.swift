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
    /// The render's text engine, so drawings can set text in the document's font (captions under
    /// a QR code, a signature column beside it). `nil` once the canvas is invalidated.
    private var engine: TextEngine?
    private let fontFamily: String
    /// The first text failure (missing glyphs, bad size). Drawing closures cannot throw, so the
    /// renderer reads this after the closure returns and fails the render with it.
    private(set) var failure: DocumentRenderError?

    init(cairo: OpaquePointer, engine: TextEngine? = nil, fontFamily: String = "serif") {
        self.cairo = cairo
        self.engine = engine
        self.fontFamily = fontFamily
    }

    func invalidate() {
        cairo = nil
        engine = nil
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

    /// Fills closed outlines whose corners lie on an integer grid, one grid step being `unit`
    /// points and the grid's corner (0, 0) at `origin`; `size` grid steps square bound them.
    ///
    /// The shape is drawn once at grid scale and placed with a transformation, so the PDF holds it
    /// as a form with small integer coordinates rather than page coordinates with three decimals:
    /// a QR code's path shrinks to about a third of the bytes cairo prints and compresses.
    public func fillGridOutlines(_ outlines: [[GridPoint]], size: Int, origin: CanvasPoint, unit: Double,
                                 color: DocumentColor = .black) {
        guard let cairo, size > 0, unit.isFinite, unit > 0 else { return }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: Double(size), height: Double(size))
        guard let shape = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else {
            return record(.cairoFailure(status: -1, message: "cairo_recording_surface_create returned NULL"))
        }
        defer { cairo_surface_destroy(shape) }
        guard let grid = cairo_create(shape) else {
            return record(.cairoFailure(status: -1, message: "cairo_create returned NULL"))
        }
        for outline in outlines {
            for (index, corner) in outline.enumerated() {
                if index == 0 {
                    cairo_move_to(grid, Double(corner.x), Double(corner.y))
                } else {
                    cairo_line_to(grid, Double(corner.x), Double(corner.y))
                }
            }
            cairo_close_path(grid)
        }
        setSource(color, on: grid)
        cairo_fill(grid)
        // A shape that failed to record would leave a certificate without its QR code: fail the render.
        let failed = CairoStatus.error(cairo_status(grid)) ?? CairoStatus.error(cairo_surface_status(shape))
        cairo_destroy(grid)
        if let failed { return record(failed) }
        cairo_save(cairo)
        cairo_translate(cairo, origin.x, origin.y)
        cairo_scale(cairo, unit, unit)
        cairo_set_source_surface(cairo, shape, 0, 0)
        cairo_paint(cairo)
        cairo_restore(cairo)
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

    /// Strokes a rectangle's outline.
    public func stroke(_ rect: CanvasRect, color: DocumentColor = .black, lineWidth: Double = 1) {
        guard let cairo else { return }
        cairo_new_path(cairo)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        strokePath(color: color, lineWidth: lineWidth)
    }

    /// Height in points that `text` takes when wrapped to `width` in the document's font family.
    ///
    /// Returns 0 (and the render later fails) if the text has characters no font can show.
    ///
    /// `alignment` does not change the height; pass the alignment the text will be drawn with so
    /// that ``drawText(_:in:fontSize:style:alignment:color:)`` reuses this layout instead of
    /// shaping the text again.
    public func textHeight(_ text: String, width: Double, fontSize: Double, style: FontStyle = .regular, alignment: TextAlignment = .left) -> Double {
        layout(text, width: width, fontSize: fontSize, style: style, alignment: alignment)?.height ?? 0
    }

    /// Draws plain `text` in the document's font family, wrapped to `rect.width`, its first line's
    /// top at `rect.y`. Only whole lines that fit in `rect.height` are drawn: a clipped half line
    /// would still be extracted as text, so it is left out instead.
    ///
    /// The text is real PDF text (searchable, extractable). If it has characters that no installed
    /// font can show, nothing is drawn and the render fails with
    /// ``DocumentRenderError/missingGlyphs(text:)`` after the drawing closure returns.
    ///
    /// - Returns: The height of the whole wrapped text, which exceeds `rect.height` when lines were left out.
    @discardableResult
    public func drawText(
        _ text: String,
        in rect: CanvasRect,
        fontSize: Double,
        style: FontStyle = .regular,
        alignment: TextAlignment = .left,
        color: DocumentColor = .black
    ) -> Double {
        guard let cairo, let laidOut = layout(text, width: rect.width, fontSize: fontSize, style: style, alignment: alignment) else {
            return 0
        }
        var end = 0
        while end < laidOut.lines.count, laidOut.lines[end].bottom <= rect.height + 0.01 {
            end += 1
        }
        cairo_new_path(cairo)
        setSource(color, on: cairo)
        laidOut.draw(lines: 0..<end, x: rect.x, top: rect.y, cairo: cairo)
        cairo_new_path(cairo)
        return laidOut.height
    }

    /// Draws `image` as large as fits in `rect`, centred, its aspect ratio kept. An image cairo or
    /// librsvg cannot read fails the render (``DocumentRenderError/invalidSpec(_:)``): a document
    /// must never go out with its logo silently missing.
    public func drawImage(_ image: DocumentImage, in rect: CanvasRect) {
        guard let cairo, rect.width > 0, rect.height > 0 else { return }
        let drawn: Bool = image.data.withUnsafeBytes { buffer in
            guard let bytes = buffer.bindMemory(to: UInt8.self).baseAddress else { return false }
            switch image.format {
            case .svg:
                cairo_save(cairo)
                defer { cairo_restore(cairo) }
                return SVGDrawing.draw(bytes, count: buffer.count, on: cairo, in: rect)
            case .png:
                guard let surface = tanba_png_surface(bytes, buffer.count) else { return false }
                defer { cairo_surface_destroy(surface) }
                guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return false }
                let width = Double(cairo_image_surface_get_width(surface)), height = Double(cairo_image_surface_get_height(surface))
                guard width > 0, height > 0 else { return false }
                let scale = min(rect.width / width, rect.height / height)
                cairo_save(cairo)
                defer { cairo_restore(cairo) }
                cairo_translate(cairo, rect.x + (rect.width - width * scale) / 2, rect.y + (rect.height - height * scale) / 2)
                cairo_scale(cairo, scale, scale)
                cairo_set_source_surface(cairo, surface, 0, 0)
                cairo_paint(cairo)
                return true
            }
        }
        if !drawn { record(.invalidSpec("the \(image.format) image cannot be read")) }
    }

    private func layout(_ text: String, width: Double, fontSize: Double, style: FontStyle, alignment: TextAlignment) -> PangoText? {
        guard let engine else { return nil }
        guard fontSize.isFinite, fontSize > 0, width.isFinite, width > 0 else {
            record(.invalidSpec("canvas text needs a positive size and width, got size \(fontSize), width \(width)"))
            return nil
        }
        do {
            return try engine.layout(text, font: FontRequest(family: fontFamily, size: fontSize, style: style), width: width, alignment: alignment)
        } catch let error as DocumentRenderError {
            record(error)
        } catch {
            record(.pangoFailure(String(describing: error)))
        }
        return nil
    }

    private func record(_ error: DocumentRenderError) {
        if failure == nil { failure = error }
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

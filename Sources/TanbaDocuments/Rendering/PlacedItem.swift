/// One drawing operation at its final position on a page, produced by ``Paginator``.
///
/// Pagination and drawing are separate passes so the total page count is known before any
/// page is drawn (for "N / total" footers).
enum PlacedItem {
    /// Lines of a laid-out text, the first line's top edge at `top`.
    case text(PangoText, lines: Range<Int>, x: Double, top: Double)
    /// A straight black line.
    case stroke(from: CanvasPoint, to: CanvasPoint, width: Double)
    /// A filled rectangle (table header shading).
    case fill(CanvasRect, DocumentColor)
    /// A caller's vector drawing.
    case custom(CanvasRect, CustomDrawing)
}

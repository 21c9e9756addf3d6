/// Draws vector content into the box the paginator reserved for a ``DocumentBlock/custom(height:draw:)`` block.
///
/// The rectangle is in page coordinates; drawing is clipped to it. The canvas is only valid during the call.
public typealias CustomDrawing = @Sendable (_ canvas: CairoCanvas, _ rect: CanvasRect) -> Void

/// One vertical piece of a document; blocks are laid out top to bottom and paginated automatically.
public enum DocumentBlock: Sendable {
    /// A bold title. Level 1 is the largest; levels above 3 render like level 3.
    /// A heading is kept on the same page as the start of whatever follows it.
    case heading(String, level: Int = 1, alignment: TextAlignment = .center)

    /// Wrapped running text. `size` defaults to the document's base size.
    /// Line breaks in `text` start new lines; the text is plain (no markup is interpreted).
    case paragraph(String, alignment: TextAlignment = .left, style: FontStyle = .regular, size: Double? = nil)

    /// A borderless two-column list: bold label on the left, value on the right.
    case keyValue([(label: String, value: String)])

    /// A ruled table. Rows are never split; the table breaks between rows and repeats the
    /// header row at the top of every page. Every row must have one cell per column.
    case table(columns: [TableColumn], rows: [[String]], fontSize: Double? = nil)

    /// Vertical blank space in points; it does not carry over to the next page.
    case spacer(Double)

    /// Signature rows («Ректор ________ Ф.И.О.»), kept together on one page when they fit on one.
    case signatures([SignatureLine])

    /// A thin full-width line.
    case horizontalRule

    /// Starts a new page, unless the current page is still empty (so no blank pages appear).
    case pageBreak

    /// Escape hatch for vector drawing (QR codes, seals, logos): reserves `height` points of the
    /// full content width and calls `draw` with a ``CairoCanvas``. The block moves to the next
    /// page when it does not fit; it is never split.
    case custom(height: Double, draw: CustomDrawing)
}

/// A complete description of a document to render: page setup, typography and the blocks.
///
/// A pure value: build it anywhere (it is `Sendable`), then pass it to ``PDFRenderer``.
public struct PDFDocumentSpec: Sendable {
    /// Size of every page.
    public var pageSize: PageSize
    /// Space between the paper edge and the printed area.
    public var margins: PageMargins
    /// Family used for all text; must be installed (see ``FontFamily``).
    public var fontFamily: FontFamily
    /// Size in points of paragraphs, key-value lists, tables and signatures unless a block overrides it.
    public var baseFontSize: Double
    /// Vertical space in points between consecutive blocks (dropped at the top of a page).
    public var blockSpacing: Double
    /// Prints "N / total" centred at the bottom of every page.
    public var showsPageNumbers: Bool
    /// PDF document information.
    public var metadata: DocumentMetadata
    /// The content, top to bottom.
    public var blocks: [DocumentBlock]
    /// Drawn on every page before its content, with the whole page as the rectangle (not clipped
    /// to the margins): borders of certificates, watermarks. `nil` draws nothing.
    public var pageDecoration: CustomDrawing?

    /// A document; defaults are A4 portrait, office margins, Noto Serif 12 pt, page numbers on.
    public init(
        pageSize: PageSize = .a4Portrait,
        margins: PageMargins = .official,
        fontFamily: FontFamily = .notoSerif,
        baseFontSize: Double = 12,
        blockSpacing: Double = 6,
        showsPageNumbers: Bool = true,
        metadata: DocumentMetadata = DocumentMetadata(),
        blocks: [DocumentBlock],
        pageDecoration: CustomDrawing? = nil
    ) {
        self.pageSize = pageSize
        self.margins = margins
        self.fontFamily = fontFamily
        self.baseFontSize = baseFontSize
        self.blockSpacing = blockSpacing
        self.showsPageNumbers = showsPageNumbers
        self.metadata = metadata
        self.blocks = blocks
        self.pageDecoration = pageDecoration
    }
}

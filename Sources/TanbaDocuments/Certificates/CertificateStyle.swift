/// The certificates' shared page setup and typographic scale, kept in one place so every layout
/// looks like the same institution's paperwork.
enum CertificateStyle {
    static let pageSize = PageSize.a4Landscape
    /// Narrow top and bottom margins: a landscape certificate page is short, and the border is
    /// drawn outside the margins anyway.
    static let margins = PageMargins.millimeters(top: 16, left: 24, bottom: 14, right: 24)
    static let contentWidth = pageSize.width - margins.left - margins.right

    static let baseSize = 11.0
    static let institutionSize = 13.0
    /// Height of the logo above the institution's name (14 mm).
    static let logoHeight = 14.0 / 25.4 * 72
    static let institutionSecondarySize = 11.0
    static let titleSize = 30.0
    static let subtitleSize = 15.0
    static let numberSize = 13.0
    static let nameSize = 24.0
    static let programSize = 16.0
    static let detailSize = 11.0
    static let noteSize = 8.0

    /// The printed QR symbol, quiet zone excluded: 32 mm, above the 30 mm that phone cameras read
    /// reliably from a printed page at arm's length.
    static let qrSize = 32.0 / 25.4 * 72
    /// A larger code for the SKMA form, where the QR is the form's main verification element.
    static let largeQRSize = 36.0 / 25.4 * 72
    static let captionSize = 7.5

    /// Dark blue of the border and rules: the usual colour of Kazakhstan's university diplomas.
    static let accent = DocumentColor(red: 0.10, green: 0.20, blue: 0.42)

    /// A double frame around every page: thick outer line, thin inner line.
    static let border: CustomDrawing = { canvas, page in
        let outer = 8.0 / 25.4 * 72
        let inner = 10.0 / 25.4 * 72
        canvas.stroke(CanvasRect(x: outer, y: outer, width: page.width - 2 * outer, height: page.height - 2 * outer), color: accent, lineWidth: 2.2)
        canvas.stroke(CanvasRect(x: inner, y: inner, width: page.width - 2 * inner, height: page.height - 2 * inner), color: accent, lineWidth: 0.6)
    }

    /// A short centred rule under the header, the form's visual divider.
    static func ornament(width: Double = 160) -> DocumentBlock {
        .custom(height: 6) { canvas, rect in
            let x = rect.x + (rect.width - width) / 2
            canvas.fill(CanvasRect(x: x, y: rect.y + 2.5, width: width, height: 0.8), color: accent)
            // A small diamond in the middle.
            let centre = CanvasPoint(x: rect.x + rect.width / 2, y: rect.y + 3)
            canvas.move(to: CanvasPoint(x: centre.x, y: centre.y - 3))
            canvas.line(to: CanvasPoint(x: centre.x + 4, y: centre.y))
            canvas.line(to: CanvasPoint(x: centre.x, y: centre.y + 3))
            canvas.line(to: CanvasPoint(x: centre.x - 4, y: centre.y))
            canvas.closePath()
            canvas.fillPath(color: accent)
        }
    }
}

extension CertificateStyle {
    /// Gap between blocks; small because page 1 positions its bands itself.
    static let blockSpacing = 4.0
    /// Height of ``ornament(width:)``.
    static let ornamentHeight = 6.0
    /// The printable height of a page (no page numbers on certificates).
    static let contentHeight = pageSize.height - margins.top - margins.bottom
}

/// Small pieces shared by the official forms (transcript, protocol).
enum FormBlocks {
    /// The institution's name(s), centred, with the accent ornament under them.
    static func institutionHeader(_ name: String, secondary: String?, logo: DocumentImage? = nil) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        if let logo {
            blocks.append(.custom(height: CertificateStyle.logoHeight) { canvas, rect in canvas.drawImage(logo, in: rect) })
        }
        blocks.append(.paragraph(name, alignment: .center, style: .bold, size: 13))
        if let secondary, !secondary.isEmpty {
            blocks.append(.paragraph(secondary, alignment: .center, style: .italic, size: 11))
        }
        blocks.append(CertificateStyle.ornament())
        return blocks
    }

    /// One line with `left` flush left and `right` flush right («г. Атырау … 12 мая 2026 г.»),
    /// the way Russian-language forms print place and date.
    static func splitLine(left: String, right: String, fontSize: Double) -> DocumentBlock {
        .custom(height: fontSize * DocumentBlock.captionLineHeight) { canvas, rect in
            let half = CanvasRect(x: rect.x, y: rect.y, width: rect.width / 2, height: rect.height)
            canvas.drawFittingText(left, in: half, fontSize: fontSize)
            canvas.drawFittingText(right, in: CanvasRect(x: rect.x + rect.width / 2, y: rect.y, width: rect.width / 2, height: rect.height), fontSize: fontSize, alignment: .right)
        }
    }
}

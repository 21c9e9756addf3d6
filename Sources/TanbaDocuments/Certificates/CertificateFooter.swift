/// The bottom band of a certificate's first page: place and date, signature lines and the seal
/// place on the left; the verification QR code with the URL and caption under it on the right.
///
/// Drawn as one custom block because a form puts these side by side, which the paginator's
/// one-column flow cannot do.
enum CertificateFooter {
    static func block(
        signatories: [SignatureLine],
        issueLine: String,
        sealPlace: String,
        code: QRCode,
        qrSize: Double,
        caption: String
    ) -> (block: DocumentBlock, height: Double) {
        let side = qrSize * Double(code.sizeWithQuietZone) / Double(code.size)
        let quiet = (side - qrSize) / 2
        let captionText = code.text + "\n" + caption
        let captionLines = Double(captionText.split(separator: "\n", omittingEmptySubsequences: false).count)
        // The caption starts below the full 4-module quiet zone: text inside it can stop decoders.
        let captionTop = side
        let height = captionTop + captionLines * CertificateStyle.captionSize * DocumentBlock.captionLineHeight + 2
        let block = DocumentBlock.custom(height: height) { canvas, rect in
            let columnWidth = max(side, rect.width * 0.36)
            let columnX = rect.maxX - columnWidth
            canvas.drawQRCode(code, in: CanvasRect(x: columnX + (columnWidth - side) / 2, y: rect.y, width: side, height: side))
            canvas.drawFittingText(
                captionText,
                in: CanvasRect(x: columnX, y: rect.y + captionTop, width: columnWidth, height: rect.height - captionTop),
                fontSize: CertificateStyle.captionSize,
                alignment: .center
            )
            let left = CanvasRect(x: rect.x, y: rect.y + quiet, width: columnX - rect.x - 24, height: rect.height - quiet)
            drawSignatures(signatories, issueLine: issueLine, sealPlace: sealPlace, canvas: canvas, in: left)
        }
        return (block, height)
    }

    /// Rows of «role ____________ name», shrunk together when they do not fit the band.
    private static func drawSignatures(_ signatories: [SignatureLine], issueLine: String, sealPlace: String, canvas: CairoCanvas, in rect: CanvasRect) {
        let roleWidth = rect.width * 0.46
        let lineStart = rect.width * 0.49
        let lineEnd = rect.width * 0.72
        let nameX = rect.width * 0.74
        func layoutHeight(fontSize: Double) -> Double {
            let issue = canvas.textHeight(issueLine, width: rect.width, fontSize: fontSize)
            let rows = signatories.reduce(0.0) { total, line in
                total + rowGap(fontSize) + max(
                    canvas.textHeight(line.role, width: roleWidth, fontSize: fontSize),
                    // Right-aligned like the drawn name, so drawing reuses this layout.
                    canvas.textHeight(line.name, width: rect.width - nameX, fontSize: fontSize, alignment: .right)
                )
            }
            return issue + rows + (sealPlace.isEmpty ? 0 : fontSize * 2)
        }
        var fontSize = CertificateStyle.baseSize
        while fontSize > 7, layoutHeight(fontSize: fontSize) > rect.height {
            fontSize *= 0.92
        }
        var y = rect.y
        y += canvas.drawText(issueLine, in: CanvasRect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), fontSize: fontSize)
        for line in signatories {
            // Room above each line for a handwritten signature.
            y += rowGap(fontSize)
            let role = canvas.drawText(line.role, in: CanvasRect(x: rect.x, y: y, width: roleWidth, height: rect.maxY - y), fontSize: fontSize)
            let name = canvas.drawText(line.name, in: CanvasRect(x: rect.x + nameX, y: y, width: rect.width - nameX, height: rect.maxY - y), fontSize: fontSize, alignment: .right)
            // On the first line's baseline, like a blank on a printed form (Noto's ascent is 1.07 em).
            let baseline = y + fontSize * 1.1
            canvas.move(to: CanvasPoint(x: rect.x + lineStart, y: baseline))
            canvas.line(to: CanvasPoint(x: rect.x + lineEnd, y: baseline))
            canvas.strokePath(lineWidth: 0.6)
            y += max(role, name)
        }
        if !sealPlace.isEmpty {
            y += fontSize * 0.6
            canvas.drawText(sealPlace, in: CanvasRect(x: rect.x + lineStart, y: y, width: rect.width - lineStart, height: rect.maxY - y), fontSize: fontSize * 0.9)
        }
    }

    private static func rowGap(_ fontSize: Double) -> Double { fontSize * 1.9 }
}

extension CairoCanvas {
    /// Draws `code` black on white, filling the square `area` (the quiet zone included).
    ///
    /// `area` uses the smaller of its width and height, anchored at its top-left corner. The whole
    /// square is painted white first so the code scans even on a tinted background, then the dark
    /// modules are filled as one shape traced along their outlines (one shape, so anti-aliasing
    /// leaves no hairline seams between neighbouring modules), drawn in module units.
    public func drawQRCode(_ code: QRCode, in area: CanvasRect) {
        let side = min(area.width, area.height)
        guard side.isFinite, side > 0 else { return }
        let moduleSize = side / Double(code.sizeWithQuietZone)
        let originX = area.x + Double(QRCode.quietZoneModules) * moduleSize
        let originY = area.y + Double(QRCode.quietZoneModules) * moduleSize
        fill(CanvasRect(x: area.x, y: area.y, width: side, height: side), color: .white)
        fillGridOutlines(code.darkOutlines(), size: code.size, origin: CanvasPoint(x: originX, y: originY), unit: moduleSize)
    }
}

extension DocumentBlock {
    /// Line height of caption text relative to its font size (Noto's ascent + descent is 1.36 em).
    static let captionLineHeight = 1.4

    /// A QR code with its quiet zone and an optional caption (e.g. the encoded URL) under it.
    ///
    /// - Parameters:
    ///   - code: The symbol.
    ///   - size: Side of the printed symbol in points, quiet zone excluded (30 mm ≈ 85 pt is a
    ///     comfortable minimum for phone cameras at arm's length). The block adds the 4-module
    ///     quiet zone on every side.
    ///   - caption: Text under the code; line breaks start new lines. When it would need more
    ///     lines than it has explicit lines, it is set smaller (down to 5 pt) rather than cut.
    ///   - alignment: Where the code sits across the content width (`.justify` centres it).
    ///   - captionFontSize: Size of the caption in points.
    public static func qrCode(
        _ code: QRCode,
        size: Double,
        caption: String? = nil,
        alignment: TextAlignment = .center,
        captionFontSize: Double = 8
    ) -> DocumentBlock {
        let side = size * Double(code.sizeWithQuietZone) / Double(code.size)
        let quiet = (side - size) / 2
        let captionText = caption.flatMap { $0.isEmpty ? nil : $0 }
        let captionLines = captionText.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count } ?? 0
        let captionHeight = Double(captionLines) * captionFontSize * captionLineHeight
        return .custom(height: side + captionHeight) { canvas, rect in
            let x: Double
            switch alignment {
            case .left: x = rect.x
            case .right: x = rect.maxX - side
            case .center, .justify: x = rect.x + (rect.width - side) / 2
            }
            canvas.drawQRCode(code, in: CanvasRect(x: x, y: rect.y, width: side, height: side))
            guard let captionText else { return }
            // The caption lines up with the symbol's edges, not the quiet zone's.
            let captionRect: CanvasRect
            switch alignment {
            case .left:
                captionRect = CanvasRect(x: x + quiet, y: rect.y + side, width: rect.maxX - x - quiet, height: captionHeight)
            case .right:
                captionRect = CanvasRect(x: rect.x, y: rect.y + side, width: x + side - quiet - rect.x, height: captionHeight)
            case .center, .justify:
                captionRect = CanvasRect(x: rect.x, y: rect.y + side, width: rect.width, height: captionHeight)
            }
            canvas.drawFittingText(captionText, in: captionRect, fontSize: captionFontSize, alignment: alignment == .justify ? .center : alignment)
        }
    }
}

extension CairoCanvas {
    /// Draws `text` at `fontSize`, or smaller (down to `minimumFontSize`) when it would not fit
    /// `rect`: fixed-height blocks must not lose the end of a URL or a name.
    @discardableResult
    func drawFittingText(
        _ text: String,
        in rect: CanvasRect,
        fontSize: Double,
        style: FontStyle = .regular,
        alignment: TextAlignment = .left,
        minimumFontSize: Double = 5
    ) -> Double {
        var size = fontSize
        // Measured with the drawing alignment so the final drawText reuses the last layout.
        while size > minimumFontSize, textHeight(text, width: rect.width, fontSize: size, style: style, alignment: alignment) > rect.height + 0.01 {
            size = max(minimumFontSize, size * 0.92)
        }
        return drawText(text, in: rect, fontSize: size, style: style, alignment: alignment)
    }
}

/// One piece of text in a fixed-height area drawn on a ``CairoCanvas``.
struct CanvasTextItem: Sendable {
    var text: String
    var fontSize: Double
    var style: FontStyle = .regular
    /// Gap above this item (ignored for the first one of a column).
    var spaceBefore: Double = 0
}

/// A row of a certificate's text area: one centred item across the width, or columns of items
/// side by side (the two or three languages of a bilingual or trilingual form).
enum CertificateTextRow: Sendable {
    case full(CanvasTextItem)
    case columns([[CanvasTextItem]], spaceBefore: Double)

    var spaceBefore: Double {
        switch self {
        case let .full(item): return item.spaceBefore
        case let .columns(_, spaceBefore): return spaceBefore
        }
    }
}

extension CairoCanvas {
    /// Draws `rows` centred in `rect`, everything scaled down together (to at most 55 %) when it
    /// would overflow. Forms place text side by side and pin the footer to the bottom, which the
    /// paginator's one-column flow cannot do; uniform scaling keeps the form's proportions and
    /// never drops text.
    func drawRows(_ rows: [CertificateTextRow], in rect: CanvasRect, columnGap: Double = 28, divider: DocumentColor? = nil) {
        func columnWidth(_ count: Int) -> Double {
            (rect.width - columnGap * Double(max(0, count - 1))) / Double(max(1, count))
        }
        func stackHeight(_ items: [CanvasTextItem], width: Double, scale: Double) -> Double {
            items.enumerated().reduce(0) { total, entry in
                let gap = entry.offset == 0 ? 0 : entry.element.spaceBefore * scale
                // Measured with the alignment drawStack draws with, so drawing reuses the layout.
                return total + gap + textHeight(entry.element.text, width: width, fontSize: entry.element.fontSize * scale, style: entry.element.style, alignment: .center)
            }
        }
        func rowHeight(_ row: CertificateTextRow, scale: Double) -> Double {
            switch row {
            case let .full(item):
                return stackHeight([item], width: rect.width, scale: scale)
            case let .columns(columns, _):
                return columns.map { stackHeight($0, width: columnWidth(columns.count), scale: scale) }.max() ?? 0
            }
        }
        func totalHeight(scale: Double) -> Double {
            rows.enumerated().reduce(0) { total, entry in
                total + (entry.offset == 0 ? 0 : entry.element.spaceBefore * scale) + rowHeight(entry.element, scale: scale)
            }
        }
        var scale = 1.0
        var total = totalHeight(scale: scale)
        while scale > 0.55, total > rect.height + 0.01 {
            scale *= 0.94
            total = totalHeight(scale: scale)
        }
        var y = rect.y + max(0, (rect.height - total) / 2)
        for (index, row) in rows.enumerated() {
            if index > 0 { y += row.spaceBefore * scale }
            let height = rowHeight(row, scale: scale)
            switch row {
            case let .full(item):
                drawStack([item], x: rect.x, y: y, width: rect.width, bottom: rect.maxY, scale: scale)
            case let .columns(columns, _):
                let width = columnWidth(columns.count)
                for (index, column) in columns.enumerated() {
                    let x = rect.x + Double(index) * (width + columnGap)
                    drawStack(column, x: x, y: y, width: width, bottom: rect.maxY, scale: scale)
                    if let divider, index > 0 {
                        let middle = x - columnGap / 2
                        move(to: CanvasPoint(x: middle, y: y))
                        line(to: CanvasPoint(x: middle, y: y + height))
                        strokePath(color: divider, lineWidth: 0.5)
                    }
                }
            }
            y += height
        }
    }

    private func drawStack(_ items: [CanvasTextItem], x: Double, y: Double, width: Double, bottom: Double, scale: Double) {
        var y = y
        for (index, item) in items.enumerated() {
            if index > 0 { y += item.spaceBefore * scale }
            let area = CanvasRect(x: x, y: y, width: width, height: max(0, bottom - y))
            y += drawText(item.text, in: area, fontSize: item.fontSize * scale, style: item.style, alignment: .center)
        }
    }
}

extension Array where Element == CanvasTextItem {
    /// A generous estimate of the items' stacked height in a column `width` points wide, for sizing
    /// a fixed-height block before pango has measured anything. Noto averages under 0.52 em per
    /// Cyrillic or Latin character, so the estimate errs high; anything that still overflows is
    /// scaled down by ``CairoCanvas/drawRows(_:in:columnGap:divider:)``.
    func estimatedHeight(width: Double) -> Double {
        enumerated().reduce(0) { total, entry in
            let item = entry.element
            let charactersPerLine = Swift.max(1, width / (item.fontSize * 0.52))
            let lines = item.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0.0) {
                $0 + Swift.max(1, (Double($1.count) / charactersPerLine).rounded(.up))
            }
            return total + (entry.offset == 0 ? 0 : item.spaceBefore) + lines * item.fontSize * DocumentBlock.captionLineHeight
        }
    }
}

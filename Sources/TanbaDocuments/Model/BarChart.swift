/// A horizontal bar chart drawn into a document with cairo (a report's funnel, a distribution):
/// each bar's label on the left, the bar scaled to the largest value, the value after it. Labels
/// and values are real PDF text, so the chart reads back with the rest of the document.
public enum BarChart {
    /// The chart as one block: `barHeight` points a bar, a quarter of that between bars.
    public static func block(_ bars: [(label: String, value: Int)], barHeight: Double = 14, fontSize: Double = 9,
                             color: DocumentColor = DocumentColor(red: 0.04, green: 0.36, blue: 0.34)) -> DocumentBlock {
        let step = barHeight * 1.25
        let largest = max(1, bars.map(\.value).max() ?? 1)
        return .custom(height: step * Double(bars.count) + 2) { canvas, rect in
            let labelWidth = rect.width * 0.38
            let barSpace = rect.width * 0.52
            for (index, bar) in bars.enumerated() {
                let top = rect.y + step * Double(index)
                canvas.drawText(bar.label, in: CanvasRect(x: rect.x, y: top, width: labelWidth - 6, height: barHeight + 2),
                                fontSize: fontSize, alignment: .right)
                let length = barSpace * Double(max(0, bar.value)) / Double(largest)
                if length > 0 {
                    canvas.fill(CanvasRect(x: rect.x + labelWidth, y: top + 1, width: length, height: barHeight - 2), color: color)
                }
                canvas.drawText("\(bar.value)", in: CanvasRect(x: rect.x + labelWidth + length + 4, y: top, width: rect.width * 0.1,
                                                               height: barHeight + 2), fontSize: fontSize)
            }
        }
    }
}

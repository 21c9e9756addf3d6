/// Measures blocks with pango and assigns every piece to a page position.
///
/// Rules, chosen to be simple and never lose content:
/// - Text (headings, paragraphs) that fits on the current page is placed whole. Text that does
///   not fit but would fit on an empty page moves to the next page whole. Text taller than a
///   whole page is split between lines and continues on following pages.
/// - Headings need room for about two body lines after them, else they move to the next page.
/// - Tables break between rows; the header row is repeated on each page. Rows never split.
/// - Key-value rows, custom drawings and rules move to the next page when they do not fit.
/// - Signature blocks stay on one page when they fit on one.
/// - Anything unsplittable that is taller than an empty page is an error, not silent clipping.
struct Paginator {
    private static let epsilon = 0.01

    private let frame: ContentFrame
    private let typography: Typography
    private let engine: TextEngine
    private var pages: [[PlacedItem]] = []
    private var current: [PlacedItem] = []
    private var cursorY: Double

    init(frame: ContentFrame, typography: Typography, engine: TextEngine) {
        self.frame = frame
        self.typography = typography
        self.engine = engine
        self.cursorY = frame.top
    }

    /// Lays out all blocks; returns at least one (possibly empty) page.
    mutating func paginate(_ blocks: [DocumentBlock]) throws -> [[PlacedItem]] {
        for (index, block) in blocks.enumerated() {
            try place(block, hasFollowingBlock: index < blocks.count - 1)
        }
        if !current.isEmpty || pages.isEmpty {
            pages.append(current)
            current = []
        }
        return pages
    }

    // MARK: - Blocks

    private mutating func place(_ block: DocumentBlock, hasFollowingBlock: Bool) throws {
        switch block {
        case let .heading(text, level, alignment):
            let size = typography.headingSize(level: level)
            let layout = try engine.layout(text, font: typography.font(size: size, style: .bold), width: frame.width, alignment: alignment)
            try placeFlowingText(
                layout,
                spacingBefore: typography.headingSpaceBefore(level: level),
                keepWithNext: hasFollowingBlock ? typography.headingKeepWithNext : 0,
                what: "heading"
            )
        case let .paragraph(text, alignment, style, size):
            let size = try Self.validatedSize(size ?? typography.baseSize, what: "paragraph font size")
            let layout = try engine.layout(text, font: typography.font(size: size, style: style), width: frame.width, alignment: alignment)
            try placeFlowingText(layout, spacingBefore: typography.blockSpacing, keepWithNext: 0, what: "paragraph")
        case let .keyValue(pairs):
            try placeKeyValue(pairs)
        case let .table(columns, rows, fontSize):
            let size = try Self.validatedSize(fontSize ?? typography.baseSize, what: "table font size")
            try placeTable(columns: columns, rows: rows, fontSize: size)
        case let .spacer(points):
            try placeSpacer(points)
        case let .signatures(lines):
            try placeSignatures(lines)
        case .horizontalRule:
            try reserve(typography.ruleWidth, spacingBefore: typography.blockSpacing, what: "horizontal rule")
            let y = cursorY + typography.ruleWidth / 2
            current.append(.stroke(
                from: CanvasPoint(x: frame.left, y: y),
                to: CanvasPoint(x: frame.left + frame.width, y: y),
                width: typography.ruleWidth
            ))
            cursorY += typography.ruleWidth
        case .pageBreak:
            if !isPageEmpty { startNewPage() }
        case let .custom(height, draw):
            guard height.isFinite, height > 0 else {
                throw DocumentRenderError.invalidSpec("custom block height must be positive, got \(height)")
            }
            try reserve(height, spacingBefore: typography.blockSpacing, what: "custom block of height \(height)")
            current.append(.custom(CanvasRect(x: frame.left, y: cursorY, width: frame.width, height: height), draw))
            cursorY += height
        }
    }

    private mutating func placeFlowingText(_ text: PangoText, spacingBefore: Double, keepWithNext: Double, what: String) throws {
        let needed = text.height + keepWithNext
        if !atPageTop {
            if cursorY + spacingBefore + needed <= frame.bottom + Self.epsilon {
                cursorY += spacingBefore
            } else if needed <= frame.height + Self.epsilon {
                startNewPage()
            } else {
                // Taller than a page: start here and split between lines.
                cursorY += spacingBefore
            }
        }
        var next = 0
        while next < text.lines.count {
            let chunkTop = text.lines[next].top
            var end = next
            while end < text.lines.count, text.lines[end].bottom - chunkTop <= frame.bottom - cursorY + Self.epsilon {
                end += 1
            }
            if end == next {
                if atPageTop {
                    throw DocumentRenderError.blockTooTall("a single line of a \(what) is taller than the page's content area")
                }
                startNewPage()
                continue
            }
            current.append(.text(text, lines: next..<end, x: frame.left, top: cursorY))
            cursorY += text.height(of: next..<end)
            next = end
            if next < text.lines.count { startNewPage() }
        }
    }

    private mutating func placeKeyValue(_ pairs: [(label: String, value: String)]) throws {
        let split = frame.width * typography.keyValueLabelFraction
        let gap = typography.keyValueColumnGap
        let labelWidth = split - gap / 2
        let valueX = frame.left + split + gap / 2
        let valueWidth = frame.width - split - gap / 2
        for (index, pair) in pairs.enumerated() {
            let label = try engine.layout(pair.label, font: typography.font(style: .bold), width: labelWidth, alignment: .left)
            let value = try engine.layout(pair.value, font: typography.font(), width: valueWidth, alignment: .left)
            let height = max(label.height, value.height)
            let spacing = index == 0 ? typography.blockSpacing : typography.keyValueRowGap
            try reserve(height, spacingBefore: spacing, what: "key-value row \"\(pair.label)\"")
            current.append(.text(label, lines: 0..<label.lines.count, x: frame.left, top: cursorY))
            current.append(.text(value, lines: 0..<value.lines.count, x: valueX, top: cursorY))
            cursorY += height
        }
    }

    private mutating func placeSpacer(_ points: Double) throws {
        guard points.isFinite, points >= 0 else {
            throw DocumentRenderError.invalidSpec("spacer must be a non-negative number of points, got \(points)")
        }
        if cursorY + points < frame.bottom {
            cursorY += points
        } else if !isPageEmpty {
            // Space that runs off the page ends the page; it does not carry over.
            startNewPage()
        }
    }

    // MARK: - Tables

    private struct TableRowLayout {
        var cells: [PangoText]
        var height: Double
    }

    private mutating func placeTable(columns: [TableColumn], rows: [[String]], fontSize: Double) throws {
        let widths = try Self.columnWidths(columns, totalWidth: frame.width)
        for (index, row) in rows.enumerated() where row.count != columns.count {
            throw DocumentRenderError.invalidTable("row \(index + 1) has \(row.count) cells, the table has \(columns.count) columns")
        }
        let header = try layoutRow(columns.map(\.title), columns: columns, widths: widths, font: typography.font(size: fontSize, style: .bold))
        let body = try rows.map { try layoutRow($0, columns: columns, widths: widths, font: typography.font(size: fontSize)) }
        // Validate before placing anything so a bad table fails fast.
        if let (index, row) = body.enumerated().first(where: { header.height + $0.element.height > frame.height + Self.epsilon }) {
            throw DocumentRenderError.blockTooTall("table row \(index + 1) (\(row.height) pt) plus the header does not fit on a page")
        }
        try reserve(header.height + (body.first?.height ?? 0), spacingBefore: typography.blockSpacing, what: "table header")
        emit(header, widths: widths, isHeader: true)
        for row in body {
            if cursorY + row.height > frame.bottom + Self.epsilon {
                startNewPage()
                emit(header, widths: widths, isHeader: true)
            }
            emit(row, widths: widths, isHeader: false)
        }
    }

    private func layoutRow(_ cells: [String], columns: [TableColumn], widths: [Double], font: FontRequest) throws -> TableRowLayout {
        var texts: [PangoText] = []
        texts.reserveCapacity(cells.count)
        for (index, cell) in cells.enumerated() {
            let width = widths[index] - 2 * typography.cellPaddingX
            texts.append(try engine.layout(cell, font: font, width: width, alignment: columns[index].alignment))
        }
        let height = (texts.map(\.height).max() ?? 0) + 2 * typography.cellPaddingY
        return TableRowLayout(cells: texts, height: height)
    }

    private mutating func emit(_ row: TableRowLayout, widths: [Double], isHeader: Bool) {
        let top = cursorY
        let bottom = top + row.height
        let right = frame.left + frame.width
        let line = typography.gridLineWidth
        if isHeader {
            current.append(.fill(CanvasRect(x: frame.left, y: top, width: frame.width, height: row.height), typography.headerShade))
            // The header is always the first row on its page, so only it draws a top border.
            current.append(.stroke(from: CanvasPoint(x: frame.left, y: top), to: CanvasPoint(x: right, y: top), width: line))
        }
        var x = frame.left
        for (index, cell) in row.cells.enumerated() {
            current.append(.stroke(from: CanvasPoint(x: x, y: top), to: CanvasPoint(x: x, y: bottom), width: line))
            current.append(.text(cell, lines: 0..<cell.lines.count, x: x + typography.cellPaddingX, top: top + typography.cellPaddingY))
            x += widths[index]
        }
        current.append(.stroke(from: CanvasPoint(x: right, y: top), to: CanvasPoint(x: right, y: bottom), width: line))
        current.append(.stroke(from: CanvasPoint(x: frame.left, y: bottom), to: CanvasPoint(x: right, y: bottom), width: line))
        cursorY = bottom
    }

    private static func columnWidths(_ columns: [TableColumn], totalWidth: Double) throws -> [Double] {
        guard !columns.isEmpty else {
            throw DocumentRenderError.invalidTable("a table needs at least one column")
        }
        if let bad = columns.first(where: { !$0.widthFraction.isFinite || $0.widthFraction <= 0 }) {
            throw DocumentRenderError.invalidTable("column \"\(bad.title)\" has width fraction \(bad.widthFraction); fractions must be positive")
        }
        let sum = columns.reduce(0) { $0 + $1.widthFraction }
        return columns.map { totalWidth * $0.widthFraction / sum }
    }

    // MARK: - Signatures

    private mutating func placeSignatures(_ lines: [SignatureLine]) throws {
        guard !lines.isEmpty else { return }
        let gap = typography.signatureColumnGap
        let roleEnd = frame.width * typography.signatureRoleFraction
        let lineEnd = roleEnd + frame.width * typography.signatureLineFraction
        let rows = try lines.map { line in
            let role = try engine.layout(line.role, font: typography.font(), width: roleEnd - gap / 2, alignment: .left)
            let name = try engine.layout(line.name, font: typography.font(), width: frame.width - lineEnd - gap / 2, alignment: .right)
            return (role: role, name: name, height: max(role.height, name.height))
        }
        let rowGap = typography.signatureRowGap
        let firstSpacing = max(typography.blockSpacing, rowGap)
        let together = rows.reduce(0) { $0 + $1.height } + rowGap * Double(rows.count - 1)
        let keepTogether = together <= frame.height + Self.epsilon
        if keepTogether {
            try reserve(together, spacingBefore: firstSpacing, what: "signatures")
        }
        for (index, row) in rows.enumerated() {
            let spacing = index == 0 ? firstSpacing : rowGap
            if keepTogether {
                if index > 0 { cursorY += spacing }
            } else {
                try reserve(row.height, spacingBefore: spacing, what: "signature row")
            }
            let top = cursorY
            current.append(.text(row.role, lines: 0..<row.role.lines.count, x: frame.left, top: top))
            current.append(.text(row.name, lines: 0..<row.name.lines.count, x: frame.left + lineEnd + gap / 2, top: top))
            // The line to sign on sits on the first line's baseline, like a form's blank.
            let baseline = top + max(row.role.lines.first?.baseline ?? 0, row.name.lines.first?.baseline ?? 0) + 1
            current.append(.stroke(
                from: CanvasPoint(x: frame.left + roleEnd + gap / 2, y: baseline),
                to: CanvasPoint(x: frame.left + lineEnd - gap / 2, y: baseline),
                width: typography.signatureLineWidth
            ))
            cursorY += row.height
        }
    }

    // MARK: - Space management

    /// Nothing has been placed on this page yet and the cursor has not moved.
    private var atPageTop: Bool { cursorY <= frame.top + Self.epsilon }

    private var isPageEmpty: Bool { current.isEmpty && atPageTop }

    private mutating func startNewPage() {
        pages.append(current)
        current = []
        cursorY = frame.top
    }

    /// Makes room for an unsplittable piece: applies `spacingBefore` (dropped at the top of a page)
    /// or moves to a new page when the piece does not fit.
    private mutating func reserve(_ height: Double, spacingBefore: Double, what: @autoclosure () -> String) throws {
        guard height <= frame.height + Self.epsilon else {
            throw DocumentRenderError.blockTooTall("\(what()) is \(height) pt, the page's content area is \(frame.height) pt")
        }
        guard !atPageTop else { return }
        if cursorY + spacingBefore + height <= frame.bottom + Self.epsilon {
            cursorY += spacingBefore
        } else {
            startNewPage()
        }
    }

    private static func validatedSize(_ size: Double, what: String) throws -> Double {
        guard size.isFinite, size > 0 else {
            throw DocumentRenderError.invalidSpec("\(what) must be positive, got \(size)")
        }
        return size
    }
}

import CXLSXWriter
import Foundation

/// A report as a workbook: one sheet per table, header row bold and frozen, numbers written as
/// numbers, and optionally a native bar chart over two of a sheet's columns. Written by
/// libxlsxwriter, so any spreadsheet program reads it as its own.
public struct Spreadsheet: Sendable {
    /// A value in a cell.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// Exact figures (a median of half days, a mean to one decimal) written as numbers.
        case decimal(Decimal)
        case empty
    }

    /// A bar chart drawn from a sheet's own cells: labels from one column, values from another.
    public struct Chart: Sendable {
        public let title: String
        public let labelColumn: Int
        public let valueColumn: Int
        /// How many data rows (after the header) it covers.
        public let rows: Int

        public init(title: String, labelColumn: Int, valueColumn: Int, rows: Int) {
            self.title = title
            self.labelColumn = labelColumn
            self.valueColumn = valueColumn
            self.rows = rows
        }
    }

    /// One sheet: its name (at most 31 characters, as Excel allows), header and rows.
    public struct Sheet: Sendable {
        public let name: String
        public let header: [String]
        public let rows: [[Cell]]
        public let chart: Chart?

        public init(name: String, header: [String], rows: [[Cell]], chart: Chart? = nil) {
            self.name = Spreadsheet.sheetName(name)
            self.header = header
            self.rows = rows
            self.chart = chart
        }
    }

    public let title: String
    public let sheets: [Sheet]

    public init(title: String, sheets: [Sheet]) {
        self.title = title
        self.sheets = sheets
    }

    /// Why a workbook could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The workbook's bytes. libxlsxwriter writes a file, so it is written to a private
    /// temporary folder and read back.
    public func xlsx() throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-xlsx-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.xlsx")
        try folder.path.withCString { tmpdir in
            var options = lxw_workbook_options(constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
            guard let workbook = workbook_new_opt(file.path, &options) else { throw WriteError(description: "workbook_new_opt failed") }
            try write(into: workbook)
            let status = workbook_close(workbook)
            guard status == LXW_NO_ERROR else { throw WriteError(description: String(cString: lxw_strerror(status))) }
        }
        return try Data(contentsOf: file)
    }

    private func write(into workbook: UnsafeMutablePointer<lxw_workbook>) throws {
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        format_set_text_wrap(bold)
        try title.withCString { title in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: title)
            _ = workbook_set_properties(workbook, &properties)
        }
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw WriteError(description: "workbook_add_worksheet failed for \(sheet.name)")
            }
            for (column, heading) in sheet.header.enumerated() {
                worksheet_write_string(worksheet, 0, lxw_col_t(column), heading, bold)
                _ = worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), column == 1 ? 40 : 14, nil)
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            for (index, row) in sheet.rows.enumerated() {
                let line = lxw_row_t(index + 1)
                for (column, cell) in row.enumerated() {
                    switch cell {
                    case .text(let text): worksheet_write_string(worksheet, line, lxw_col_t(column), text, nil)
                    case .integer(let value): worksheet_write_number(worksheet, line, lxw_col_t(column), Double(value), nil)
                    case .decimal(let value): worksheet_write_number(worksheet, line, lxw_col_t(column), NSDecimalNumber(decimal: value).doubleValue, nil)
                    case .empty: break
                    }
                }
            }
            if let chart = sheet.chart, chart.rows > 0, let drawn = workbook_add_chart(workbook, UInt8(LXW_CHART_BAR.rawValue)) {
                let range = { (column: Int) in
                    let letter = Self.columnLetter(column)
                    return "='\(sheet.name.replacingOccurrences(of: "'", with: "''"))'!$\(letter)$2:$\(letter)$\(chart.rows + 1)"
                }
                _ = chart_add_series(drawn, range(chart.labelColumn), range(chart.valueColumn))
                chart_title_set_name(drawn, chart.title)
                chart_legend_set_position(drawn, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
                _ = worksheet_insert_chart(worksheet, lxw_row_t(sheet.rows.count + 3), 1, drawn)
            }
        }
    }

    /// `A`…`Z`, `AA`… for a zero-based column.
    static func columnLetter(_ column: Int) -> String {
        var number = column + 1, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// A name Excel accepts: none of `[]:*?/\`, at most 31 characters.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}

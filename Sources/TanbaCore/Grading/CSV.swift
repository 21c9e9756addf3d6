import Foundation

/// RFC 4180 CSV: quoted fields, doubled quotes, commas or semicolons (Excel in Russian locales
/// writes semicolons), CRLF or LF line ends.
public enum CSV {
    /// One parsed record with the line it starts on (1-based), for error messages.
    public struct Record: Hashable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// Why the text is not CSV.
    public enum ParseError: Error, Equatable, Sendable {
        case unterminatedQuote(line: Int)
        case notUTF8
    }

    /// The records of an uploaded file, or the problem that stops it being read, as an import shows it.
    public static func records(_ data: Data) throws(CSVLineProblem) -> [Record] {
        do { return try parse(data) } catch {
            switch error {
            case .notUTF8: throw CSVLineProblem(line: 1, key: "import.not_utf8")
            case .unterminatedQuote(let line): throw CSVLineProblem(line: line, key: "import.unterminated_quote")
            }
        }
    }

    public static func parse(_ data: Data) throws(ParseError) -> [Record] {
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(ParseError) -> [Record] {
        let delimiter = detectDelimiter(text)
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
            case delimiter:
                fields.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// Writes records with `,`, quoting where needed, CRLF line ends, UTF-8 with a BOM so Excel reads Cyrillic.
    public static func write(_ rows: [[String]]) -> Data {
        let body = rows.map { row in
            row.map { value in
                value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" })
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
        return Data("\u{FEFF}".utf8) + Data(body.utf8)
    }

    private static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        let firstLine = text.prefix { $0 != "\n" }
        return firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    }
}

/// A problem with one line of an import, shown with its line number.
public struct CSVLineProblem: Error, Hashable, Sendable {
    public let line: Int
    /// Localisation key, e.g. `import.points_invalid`.
    public let key: String
    public let arguments: [String: String]

    public init(line: Int, key: String, arguments: [String: String] = [:]) {
        self.line = line
        self.key = key
        self.arguments = arguments
    }
}

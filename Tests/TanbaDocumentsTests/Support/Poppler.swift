import Foundation

/// Runs poppler-utils (pdftotext, pdfinfo, pdftoppm) on rendered bytes, as an independent
/// reader of the PDF: if poppler extracts the text, so will search engines and archives.
enum Poppler {
    struct ToolError: Error, CustomStringConvertible {
        let description: String
    }

    /// `pdftotext` of the whole document or of pages `first...last`.
    ///
    /// `layout` (the default) keeps the physical layout, so table columns and signature rows stay
    /// on one line; it snaps text to a character grid, which can swallow the narrow space around
    /// one-character words ("1 / 3" may read "1/3"). Raw mode keeps every space but not columns.
    static func text(of pdf: Data, pages: ClosedRange<Int>? = nil, layout: Bool = true) throws -> String {
        try withTemporaryFile(pdf) { url in
            var arguments = ["-enc", "UTF-8"] + (layout ? ["-layout"] : ["-raw"])
            if let pages {
                arguments += ["-f", String(pages.lowerBound), "-l", String(pages.upperBound)]
            }
            arguments += [url.path, "-"]
            return String(decoding: try run("pdftotext", arguments), as: UTF8.self)
        }
    }

    /// The `Key: value` lines of `pdfinfo`.
    static func info(of pdf: Data) throws -> [String: String] {
        try withTemporaryFile(pdf) { url in
            let output = String(decoding: try run("pdfinfo", [url.path]), as: UTF8.self)
            var result: [String: String] = [:]
            for line in output.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                result[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return result
        }
    }

    static func pageCount(of pdf: Data) throws -> Int {
        guard let pages = try info(of: pdf)["Pages"], let count = Int(pages) else {
            throw ToolError(description: "pdfinfo printed no page count")
        }
        return count
    }

    /// Page `page` rasterised to 8-bit grey at `dpi` (at 72 dpi one pixel is one PDF point).
    static func grayRaster(of pdf: Data, page: Int, dpi: Int = 72) throws -> PGMImage {
        try withTemporaryFile(pdf) { url in
            let prefix = url.deletingPathExtension().path + "-raster"
            defer { try? FileManager.default.removeItem(atPath: prefix + ".pgm") }
            _ = try run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", url.path, prefix])
            return try PGMImage(data: Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        }
    }

    static func withTemporaryFile<T>(_ data: Data, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-doc-\(UUID().uuidString).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        guard let executable = locate(tool) else {
            throw ToolError(description: "\(tool) not found in PATH; install poppler-utils")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and deadlock the tool.
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolError(description: "\(tool) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return output
    }

    private static func locate(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }
}

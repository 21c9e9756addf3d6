import Foundation

/// The institution's logo as an administrator uploads it: PNG or SVG, recognised by content,
/// never by name, and small enough to print on every document.
public enum LogoType: String, Sendable, Codable, CaseIterable {
    case png = "image/png"
    case svg = "image/svg+xml"
}

/// Why a logo was refused; the one in use stays.
public enum LogoProblem: Error, Equatable, Sendable {
    case empty
    case tooLarge(limitBytes: Int)
    /// Neither a PNG nor an SVG image (a JPEG, a PDF, a renamed executable).
    case unsupportedType
    /// A PNG wider or taller than a document needs.
    case tooManyPixels(maximum: Int)
    /// An SVG that could run script or fetch something when opened: the logo is served to every
    /// visitor of the verification page.
    case activeContent(String)
}

/// The checks a logo passes before it is stored.
public struct LogoRules: Sendable {
    public let maximumBytes: Int
    /// Longest side of a PNG, in pixels: 2,000 px prints a 6 cm logo at over 800 dpi.
    public let maximumSide: Int

    public init(maximumBytes: Int = 1024 * 1024, maximumSide: Int = 2000) {
        self.maximumBytes = maximumBytes
        self.maximumSide = maximumSide
    }

    public func check(_ bytes: [UInt8]) throws(LogoProblem) -> LogoType {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maximumBytes else { throw .tooLarge(limitBytes: maximumBytes) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            try checkPNG(bytes)
            return .png
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .unsupportedType }
        try checkSVG(text)
        return .svg
    }

    /// The IHDR chunk follows the signature: width and height, big-endian, at bytes 16-23.
    private func checkPNG(_ bytes: [UInt8]) throws(LogoProblem) {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { throw .unsupportedType }
        let side = { (offset: Int) in bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        let width = side(16), height = side(20)
        guard width > 0, height > 0 else { throw .unsupportedType }
        guard width <= maximumSide, height <= maximumSide else { throw .tooManyPixels(maximum: maximumSide) }
    }

    /// An SVG document whose root is `<svg>`, with nothing that runs, embeds or fetches.
    private func checkSVG(_ text: String) throws(LogoProblem) {
        let lower = text.lowercased()
        var rest = Substring(lower).drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        // An XML declaration and comments may come before the root element.
        while true {
            if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...].drop(while: \.isWhitespace)
            } else if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...].drop(while: \.isWhitespace)
            } else {
                break
            }
        }
        let forbidden = ["<script", "<!doctype", "<!entity", "<foreignobject", "<iframe", "<embed", "<object",
                         "<use", "<image", "javascript:", "data:text/html", "@import"]
        if let found = forbidden.first(where: { lower.contains($0) }) {
            throw .activeContent(found.trimmingCharacters(in: CharacterSet(charactersIn: "<!:@")))
        }
        if let handler = lower.firstMatch(of: /[\s"'\/]on[a-z]+\s*=/) {
            throw .activeContent(String(handler.output.dropFirst()).replacingOccurrences(of: " ", with: ""))
        }
        if lower.contains("href=\"http") || lower.contains("href='http") || lower.contains("url(http") || lower.contains("url(//") {
            throw .activeContent("href")
        }
        guard rest.hasPrefix("<svg"), lower.contains("</svg>") || lower.contains("/>") else { throw .unsupportedType }
    }
}

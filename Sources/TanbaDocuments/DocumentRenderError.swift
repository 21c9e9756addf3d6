import Foundation

/// Why a document could not be rendered. Every error thrown by ``PDFRenderer`` is one of these.
public enum DocumentRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// cairo reported an error (`cairo_status_t` value and cairo's own message).
    case cairoFailure(status: Int, message: String)
    /// pango could not create a context or layout.
    case pangoFailure(String)
    /// The requested family is not installed; fontconfig would have substituted `resolvedTo`.
    case fontUnavailable(family: String, resolvedTo: String)
    /// Some characters have no glyph in any installed font and would print as empty boxes.
    case missingGlyphs(text: String)
    /// The page setup or a size in the spec cannot produce a document (e.g. margins wider than the page).
    case invalidSpec(String)
    /// A table's columns or rows are inconsistent.
    case invalidTable(String)
    /// A block that cannot be split (table row, custom drawing, signature, single text line) is taller than a page.
    case blockTooTall(String)

    /// A message suitable for logs.
    public var description: String {
        switch self {
        case let .cairoFailure(status, message):
            return "cairo failed with status \(status): \(message)"
        case let .pangoFailure(message):
            return "pango failed: \(message)"
        case let .fontUnavailable(family, resolvedTo):
            return "font family \"\(family)\" is not installed (fontconfig would use \"\(resolvedTo)\"); install it, e.g. apt-get install fonts-noto-core"
        case let .missingGlyphs(text):
            return "no installed font has glyphs for some characters of \"\(text)\""
        case let .invalidSpec(message):
            return "invalid document spec: \(message)"
        case let .invalidTable(message):
            return "invalid table: \(message)"
        case let .blockTooTall(message):
            return "block does not fit on an empty page: \(message)"
        }
    }
}

extension DocumentRenderError: LocalizedError {
    /// Same text as ``description``, so `error.localizedDescription` is useful in Foundation code.
    public var errorDescription: String? { description }
}

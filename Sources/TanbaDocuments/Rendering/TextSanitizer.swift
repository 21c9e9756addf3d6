/// Removes characters that pango cannot take from plain text.
///
/// Text comes from databases and forms; NUL would truncate the C string and other C0 control
/// characters have no glyph (they would print as boxes and trip the missing-glyph check).
/// Tab, line feed and carriage return are kept because pango lays them out meaningfully.
enum TextSanitizer {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDisallowed) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isDisallowed($0) })
        return String(scalars)
    }

    private static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F: return true
        default: return false
        }
    }
}

import Foundation

/// Where a redirect that a request asked for (`?back=`) may lead: a path on this site, never a header.
///
/// The value ends up in a `Location` header, so a CR or LF would start a header of its own
/// (`Set-Cookie` planted in the victim's browser), and browsers drop TAB and newlines inside URLs,
/// so `/\t/evil.example` would become `//evil.example`, another site. Anything but a plain local
/// path falls back to the home page.
public enum RedirectTarget {
    /// The longest `back` kept; longer values are not paths a page of ours links to.
    public static let maximumLength = 2048

    /// `raw` when it is a same-origin path, else `fallback`. Letters outside ASCII are
    /// percent-encoded, so the header carries ASCII only.
    public static func localPath(_ raw: String?, fallback: String = "/") -> String {
        guard let raw, raw.utf8.count <= maximumLength else { return fallback }
        let scalars = Array(raw.unicodeScalars)
        guard let first = scalars.first, first == "/" else { return fallback }
        if scalars.count > 1, scalars[1] == "/" || scalars[1] == "\\" { return fallback }
        var path = ""
        for scalar in scalars {
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar == "\\" || scalar.properties.generalCategory == .format {
                return fallback
            }
            if scalar.isASCII {
                path.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { path += String(format: "%%%02X", byte) }
            }
        }
        return path
    }
}

/// A font family name as fontconfig knows it (see `fc-list : family`).
///
/// Rendering fails with ``DocumentRenderError/fontUnavailable(family:resolvedTo:)`` rather than
/// silently substituting another face when the family is not installed, because a substituted
/// font can lack Kazakh letters or change the document's official look.
public struct FontFamily: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The fontconfig family name, e.g. "Noto Serif".
    public var name: String

    /// A family by its fontconfig name.
    public init(_ name: String) {
        self.name = name
    }

    /// Allows `fontFamily: "Noto Sans"`.
    public init(stringLiteral value: String) {
        self.name = value
    }

    /// Noto Sans (Debian package fonts-noto-core); covers Russian and Kazakh Cyrillic.
    public static let notoSans = FontFamily("Noto Sans")
    /// Noto Serif (Debian package fonts-noto-core); covers Russian and Kazakh Cyrillic.
    public static let notoSerif = FontFamily("Noto Serif")

    /// The families Tanba's documents use, set in unhinted copies (see ``DocumentFonts``).
    public static let documentFamilies: [FontFamily] = [.notoSerif, .notoSans]
}

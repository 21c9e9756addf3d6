/// Horizontal placement of the lines of a text block inside its box.
public enum TextAlignment: Sendable, Hashable {
    case left
    case center
    case right
    /// Both edges flush; the last line of each paragraph stays left-aligned.
    case justify
}

/// Weight and slant of a text block's font.
public enum FontStyle: Sendable, Hashable {
    case regular
    case bold
    case italic
    case boldItalic
}

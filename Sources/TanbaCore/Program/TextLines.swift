import Foundation

/// The items of a field typed "one per line" (tasks, literature, resources).
public enum TextLines {
    /// Split on any line ending: browsers send CRLF, and in Swift "\r\n" is one Character, so
    /// splitting on "\n" alone left a textarea's lines as one item.
    public static func items(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

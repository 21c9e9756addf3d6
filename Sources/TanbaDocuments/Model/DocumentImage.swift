import Foundation

/// A picture printed on a document, such as the institution's logo: PNG or SVG bytes as uploaded.
public struct DocumentImage: Sendable, Hashable {
    /// How the bytes are drawn.
    public enum Format: Sendable, Hashable {
        case png
        case svg
    }

    public let format: Format
    public let data: Data

    public init(format: Format, data: Data) {
        self.format = format
        self.data = data
    }
}

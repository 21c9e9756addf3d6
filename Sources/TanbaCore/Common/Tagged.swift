import Foundation

/// An identifier tagged with the entity it names, so a `ProgramID` can never stand in for a `UserID`.
public struct Tagged<Tag, RawValue: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public let rawValue: RawValue

    public init(_ rawValue: RawValue) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(RawValue.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Tagged: CustomStringConvertible {
    public var description: String { "\(rawValue)" }
}

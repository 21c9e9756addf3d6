import Foundation

/// A stored column holds a value no case of its enum knows: the row was written by another
/// version or by hand. Reading it fails loudly instead of guessing, because a guess such as
/// "valid" for an unknown certificate status would tell an employer something nobody decided.
public struct UnknownStoredValue: Error, Equatable, CustomStringConvertible {
    public let column: String
    public let value: String

    public var description: String { "\(column) holds '\(value)', which this version of Tanba does not know" }

    /// The enum case stored as `raw` in `column`.
    static func decode<Value: RawRepresentable>(_ raw: String, column: String) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }
}

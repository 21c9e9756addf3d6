import Foundation

/// Where unguessable bytes come from (session and API tokens, verification links, second-factor
/// secrets): the system's secure generator when serving; a test passes its own to know what it gets.
public struct RandomSource: Sendable {
    public let bytes: @Sendable (Int) -> [UInt8]

    public init(bytes: @escaping @Sendable (Int) -> [UInt8]) {
        self.bytes = bytes
    }

    /// The operating system's cryptographically secure generator.
    public static let system = RandomSource { count in
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// `count` random bytes as base64url without padding, after `prefix`: 32 bytes (256 bits) make 43 characters.
    public func token(prefix: String = "", bytes count: Int = 32) -> String {
        prefix + Self.base64url(bytes(count))
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

import Foundation

/// A kind of program a policy knows, with its credit range (e.g. SKMA's micromodule 2-4).
public struct ProgramType: Hashable, Sendable, Codable {
    /// Stable code stored with programs, e.g. `micromodule`.
    public let code: String
    public let credits: CreditRange

    public init(code: String, credits: CreditRange) {
        self.code = code
        self.credits = credits
    }
}

import Foundation

/// One problem found in a program, as a message key with arguments so each language can say it.
public struct ValidationIssue: Hashable, Sendable, Codable {
    /// Localisation key, e.g. `validation.credits_out_of_range`.
    public let key: String
    /// Named values the message shows.
    public let arguments: [String: String]
    /// Where the problem is, e.g. `disciplines[1].hours`.
    public let field: String
    /// Malformed input (a level of 9, a 10,000-character title) is never stored; a policy problem
    /// (too few credits) may be saved in a draft but blocks submission.
    public let blocksSaving: Bool

    public init(_ key: String, field: String, arguments: [String: String] = [:], blocksSaving: Bool = false) {
        self.key = key
        self.field = field
        self.arguments = arguments
        self.blocksSaving = blocksSaving
    }
}

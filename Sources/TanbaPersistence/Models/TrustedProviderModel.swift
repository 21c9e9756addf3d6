import Fluent
import Foundation
import TanbaCore

/// A provider the commission decided to trust, with the protocol of that decision.
public final class TrustedProviderModel: Model, @unchecked Sendable {
    public static let schema = "trusted_providers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "added_at") public var addedAt: Date
    @Field(key: "added_by") public var addedBy: UUID
    /// `TrustedProvider` as JSON.
    @Field(key: "provider") public var provider: String
    @Field(key: "protocol_number") public var protocolNumber: String
    /// `yyyy-MM-dd`.
    @Field(key: "decided_on") public var decidedOn: String

    public init() {}

    public var trustedProvider: TrustedProvider {
        get throws { try JSONDecoder().decode(TrustedProvider.self, from: Data(provider.utf8)) }
    }
}

/// An equivalency rule kept from a granted case.
public final class EquivalencyRuleModel: Model, @unchecked Sendable {
    public static let schema = "equivalency_rules"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "created_by") public var createdBy: UUID
    @Field(key: "provider_id") public var providerID: UUID
    /// `EquivalencyRule` as JSON.
    @Field(key: "rule") public var rule: String
    /// The granted case the rule was made from.
    @Field(key: "source_case_id") public var sourceCaseID: UUID

    public init() {}

    public var equivalencyRule: EquivalencyRule {
        get throws { try JSONDecoder().decode(EquivalencyRule.self, from: Data(rule.utf8)) }
    }
}

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
    /// The recognition commission whose protocol made the provider trusted; nil for providers
    /// recorded before it was kept.
    @OptionalField(key: "commission_id") public var commissionID: UUID?

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

/// An issuer profile document of a trusted provider, as the registrar uploaded it: the keys its
/// credentials are verified with, offline.
public final class TrustedProviderDocumentModel: Model, @unchecked Sendable {
    public static let schema = "trusted_provider_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "provider_id") public var providerID: UUID
    /// The document's own `id`: the issuer identifier (https URL) it describes.
    @Field(key: "document_id") public var documentID: String
    @Field(key: "content") public var content: String
    @Field(key: "uploaded_by") public var uploadedBy: UUID
    @Field(key: "uploaded_at") public var uploadedAt: Date

    public init() {}

    public init(providerID: UUID, documentID: String, content: String, by actor: UUID, at date: Date) {
        self.providerID = providerID
        self.documentID = documentID
        self.content = content
        self.uploadedBy = actor
        self.uploadedAt = date
    }
}

/// The end of an equivalency rule by the commission's decision: from `endsOn` it recognises
/// nothing more; cases it decided keep their decision.
public final class EquivalencyRuleEndModel: Model, @unchecked Sendable {
    public static let schema = "equivalency_rule_ends"

    @ID(key: .id) public var id: UUID?
    @Field(key: "rule_id") public var ruleID: UUID
    /// The first day the rule no longer applies, `yyyy-MM-dd`.
    @Field(key: "ends_on") public var endsOn: String
    @Field(key: "protocol_number") public var protocolNumber: String
    @Field(key: "recorded_by") public var recordedBy: UUID
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    public init(ruleID: UUID, endsOn: String, protocolNumber: String, by actor: UUID, at date: Date) {
        self.ruleID = ruleID
        self.endsOn = endsOn
        self.protocolNumber = protocolNumber
        self.recordedBy = actor
        self.recordedAt = date
    }
}

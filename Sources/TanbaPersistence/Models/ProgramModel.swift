import Fluent
import Foundation

/// A program across its editions: the registry code and which edition the public sees.
public final class ProgramModel: Model, @unchecked Sendable {
    public static let schema = "programs"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date

    // data
    /// Unique registry code, given at first registration («шифр программы»).
    @OptionalField(key: "code") public var code: String?
    @Field(key: "created_by") public var createdBy: UUID
    @OptionalField(key: "registered_at") public var registeredAt: Date?
    /// Next monitoring date (004 §8.2).
    @OptionalField(key: "valid_until") public var validUntil: Date?

    // relationships
    /// The edition shown in the public registry, if any.
    @OptionalField(key: "public_edition_id") public var publicEditionID: UUID?
    @Children(for: \.$program) public var editions: [ProgramEditionModel]

    public init() {}

    public init(id: UUID? = nil, createdBy: UUID, createdAt: Date) {
        self.id = id
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

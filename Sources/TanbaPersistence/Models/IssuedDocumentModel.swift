import Fluent
import Foundation
import TanbaCore

/// A rendered document of a certificate (the certificate itself, the transcript), kept as issued.
public final class IssuedDocumentModel: Model, @unchecked Sendable {
    public static let schema = "issued_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "certificate_id") public var certificateID: UUID
    /// `certificate` or `transcript`.
    @Field(key: "kind") public var kind: String
    @Field(key: "pdf") public var pdf: Data
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(certificateID: UUID, kind: String, pdf: Data, at date: Date) {
        self.certificateID = certificateID
        self.kind = kind
        self.pdf = pdf
        self.sha256 = Digest.sha256Hex(Array(pdf))
        self.createdAt = date
    }
}

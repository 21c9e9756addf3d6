/// The result of checking one proof: whether the signature holds, with the data it was checked over.
public struct VerificationOutcome: Sendable, Equatable {
    public let isVerified: Bool
    public let proof: DataIntegrityProof
    public let hashData: EdDSARDFC2022.HashData

    /// Throws `CredentialError.signatureMismatch` unless the proof verified.
    public func requireVerified() throws {
        guard isVerified else { throw CredentialError.signatureMismatch }
    }
}

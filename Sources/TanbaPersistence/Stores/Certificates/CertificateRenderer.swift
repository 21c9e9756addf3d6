import Foundation
import TanbaCore

/// A rendered document of a certificate.
public struct RenderedDocument: Sendable {
    /// `certificate` or `transcript`.
    public let kind: String
    public let pdf: Data

    public init(kind: String, pdf: Data) {
        self.kind = kind
        self.pdf = pdf
    }
}

/// Draws a certificate's documents from its frozen content and verification token.
public typealias CertificateRenderer = @Sendable (CertifiedContent, VerificationToken) async throws -> [RenderedDocument]

/// Told how many certificates of a batch are rendered and signed so far, and of how many.
public typealias IssueProgress = @Sendable (_ done: Int, _ total: Int) -> Void

import Foundation

/// A document an applicant attaches (004 §6.2.1); raw values are stored.
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    /// Copy of the identity document («копия удостоверения личности»).
    case identityDocument = "identity_document"
    /// Diploma, when the program has prerequisites.
    case diploma = "diploma"
    /// Transcript or a status certificate from the dean's office.
    case transcript = "transcript"
}

/// The file types Tanba accepts, recognised by their first bytes, never by name.
public enum UploadedFileType: String, Sendable, Codable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"

    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    /// Recognises the content; nil for anything else (an executable renamed `.pdf` included).
    public static func sniff(_ bytes: some Collection<UInt8>) -> UploadedFileType? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf } // %PDF-
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }
}

/// Why an upload was refused; nothing is stored.
public enum UploadError: Error, Equatable, Sendable {
    case empty
    case tooLarge(limitBytes: Int)
    case unsupportedType
}

/// Checks an upload before anything is written.
public struct UploadRules: Sendable {
    public let maximumBytes: Int

    public init(maximumBytes: Int = 10 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    public func check(_ bytes: some Collection<UInt8>) throws(UploadError) -> UploadedFileType {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maximumBytes else { throw .tooLarge(limitBytes: maximumBytes) }
        guard let type = UploadedFileType.sniff(bytes) else { throw .unsupportedType }
        return type
    }
}

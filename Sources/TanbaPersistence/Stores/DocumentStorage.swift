import Crypto
import Foundation
import TanbaCredentials

/// Where uploaded files live: outside the web root, under names Tanba makes up.
public protocol DocumentStorage: Sendable {
    /// Stores `bytes` and returns the generated name.
    func store(_ bytes: [UInt8], fileExtension: String) throws -> String
    func read(_ storedName: String) throws -> Data
    func remove(_ storedName: String)
}

/// Files in one directory, named by random UUIDs; nothing the applicant typed reaches the disk.
public struct DirectoryDocumentStorage: DocumentStorage {
    public let directory: URL

    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    public func store(_ bytes: [UInt8], fileExtension: String) throws -> String {
        let name = UUID().uuidString.lowercased() + "." + fileExtension
        try Data(bytes).write(to: directory.appendingPathComponent(name), options: [.withoutOverwriting])
        return name
    }

    public func read(_ storedName: String) throws -> Data {
        // Stored names are ours (uuid.ext); anything else is refused rather than resolved.
        guard storedName.range(of: #"^[0-9a-f-]{36}\.(pdf|jpg|png)$"#, options: .regularExpression) != nil else {
            throw CocoaError(.fileReadInvalidFileName)
        }
        return try Data(contentsOf: directory.appendingPathComponent(storedName))
    }

    public func remove(_ storedName: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(storedName))
    }
}

/// SHA-256 as lower-case hex: stored document hashes, API token hashes, ETags.
public enum Digest {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).hexString
    }
}

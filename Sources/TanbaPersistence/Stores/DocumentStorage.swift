import Crypto
import Foundation
import TanbaCredentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Writes under a temporary name, syncs, then renames: a full disk or a folder that cannot be
    /// written leaves no partial file behind, and the error names the fault, never the path.
    public func store(_ bytes: [UInt8], fileExtension: String) throws -> String {
        let name = UUID().uuidString.lowercased() + "." + fileExtension
        let partial = directory.appendingPathComponent(".partial-" + name).path
        let descriptor = open(partial, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw DocumentStorageError(errno: errno) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(partial, directory.appendingPathComponent(name).path) != 0 { failure = errno }
        if failure != 0 {
            unlink(partial)
            throw DocumentStorageError(errno: failure)
        }
        return name
    }

    /// Writes and removes a probe file: the server checks at start that uploads can be stored.
    public func checkWritable() throws {
        remove(try store(Array("probe".utf8), fileExtension: "pdf"))
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

/// Why a document could not be stored; nothing was kept. Says what is wrong, never where.
public enum DocumentStorageError: Error, Equatable, Sendable {
    /// No space left (or the quota or the file size limit reached).
    case full
    /// The storage folder cannot be written.
    case readOnly
    /// Any other failure of the file system, by its errno.
    case failed(errno: Int32)

    public init(errno code: Int32) {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: self = .full
        case EROFS, EACCES, EPERM: self = .readOnly
        default: self = .failed(errno: code)
        }
    }
}

/// SHA-256 as lower-case hex: stored document hashes, API token hashes, ETags.
public enum Digest {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).hexString
    }
}

import Foundation
import ZIPFoundation

/// Packs a session's documents into one ZIP in memory.
enum SessionArchive {
    static func zip(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in files {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}

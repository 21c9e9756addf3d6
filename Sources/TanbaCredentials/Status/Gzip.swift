import CTanbaZlib

/// GZIP (RFC 1952) through the system zlib: Foundation on Linux has no compression API.
enum Gzip {
    /// Decompressed data beyond this is refused: a small compressed list could otherwise expand to
    /// gigabytes. 16 MiB is 134 million status entries.
    static let maxDecompressedSize = 16 * 1024 * 1024
    // windowBits 15 plus 16 selects the gzip wrapper instead of zlib's.
    private static let gzipWindowBits: Int32 = 15 + 16

    static func compress(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw CredentialError.invalidStatusList("zlib deflateInit failed (\(status))") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        var source = input
        let produced: Int = source.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                status = deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw CredentialError.invalidStatusList("zlib deflate failed (\(status))") }
        return Array(output.prefix(produced))
    }

    static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        guard input.starts(with: [0x1F, 0x8B]) else { throw CredentialError.invalidStatusList("not GZIP data (no 1f 8b header)") }
        var stream = z_stream()
        var status = inflateInit2_(&stream, gzipWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw CredentialError.invalidStatusList("zlib inflateInit failed (\(status))") }
        defer { inflateEnd(&stream) }
        var source = input
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        try source.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw CredentialError.invalidStatusList("corrupt GZIP data (zlib \(status))")
                }
                output += chunk.prefix(produced)
                guard output.count <= maxDecompressedSize else {
                    throw CredentialError.invalidStatusList("decompressed list exceeds \(maxDecompressedSize) bytes")
                }
                if status == Z_OK, produced == 0, stream.avail_in == 0 {
                    throw CredentialError.invalidStatusList("truncated GZIP data")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}

import CQREncode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code symbol: the square matrix of dark and light modules, encoded by libqrencode.
///
/// Text is encoded in 8-bit (byte) mode as UTF-8, so any URL, Cyrillic included, round-trips
/// exactly; the other modes would restrict the alphabet. The smallest version that holds the
/// data at the requested error-correction level is chosen. The matrix is copied out of the C
/// struct, which is freed before the initialiser returns, so the value is a plain `Sendable` value.
public struct QRCode: Sendable, Hashable {
    /// How much of the symbol can be damaged and still decode; higher levels make bigger symbols.
    public enum ErrorCorrection: Sendable, Hashable, CaseIterable {
        /// About 7 % of codewords recoverable.
        case low
        /// About 15 %: the usual choice for printed documents.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %: for codes that may be stamped over or worn.
        case high

        var cLevel: QRecLevel {
            switch self {
            case .low: return QR_ECLEVEL_L
            case .medium: return QR_ECLEVEL_M
            case .quartile: return QR_ECLEVEL_Q
            case .high: return QR_ECLEVEL_H
            }
        }
    }

    /// Light modules every reader expects around the symbol (ISO/IEC 18004 requires 4).
    public static let quietZoneModules = 4

    /// The encoded text.
    public let text: String
    /// The error-correction level used.
    public let errorCorrection: ErrorCorrection
    /// Symbol version, 1...40 (version 1 is 21 × 21 modules, each version adds 4).
    public let version: Int
    /// Modules per side, quiet zone excluded.
    public let size: Int
    /// Row-major, `size × size`; `true` is a dark module.
    public let modules: [Bool]

    /// Encodes `text` as UTF-8 bytes.
    ///
    /// - Throws: ``QRCodeError``.
    public init(text: String, errorCorrection: ErrorCorrection = .medium) throws {
        guard !text.isEmpty else { throw QRCodeError.emptyText }
        guard !text.utf8.contains(0) else { throw QRCodeError.containsNullCharacter }
        errno = 0
        // Version 0 asks the encoder for the smallest version that fits.
        guard let symbol = QRcode_encodeString8bit(text, 0, errorCorrection.cLevel) else {
            let code = errno
            // libqrencode reports ERANGE when the data exceeds version 40's capacity.
            if code == ERANGE { throw QRCodeError.tooLong(byteCount: text.utf8.count) }
            throw QRCodeError.encoderFailure(errno: code)
        }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        guard width > 0, let data = symbol.pointee.data else {
            throw QRCodeError.encoderFailure(errno: 0)
        }
        // Bit 0 of each byte is the module colour; the other bits describe the module's role.
        let buffer = UnsafeBufferPointer(start: data, count: width * width)
        self.text = text
        self.errorCorrection = errorCorrection
        self.version = Int(symbol.pointee.version)
        self.size = width
        self.modules = buffer.map { $0 & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark. Coordinates outside the symbol (the quiet
    /// zone and beyond) are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// Modules per side with the quiet zone on both sides.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZoneModules }
}

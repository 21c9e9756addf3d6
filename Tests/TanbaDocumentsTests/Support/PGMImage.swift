import Foundation

/// A binary greyscale netpbm image (P5), as `pdftoppm -gray` writes it.
struct PGMImage {
    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    let maxValue: Int
    private let pixels: [UInt8]

    init(data: Data) throws {
        let bytes = [UInt8](data)
        var position = 0

        func skipWhitespaceAndComments() {
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: "#") {
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                } else if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
                    position += 1
                } else {
                    return
                }
            }
        }

        func token() throws -> String {
            skipWhitespaceAndComments()
            let start = position
            while position < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
            guard position > start else { throw FormatError(description: "truncated PGM header") }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        guard try token() == "P5" else { throw FormatError(description: "not a binary PGM (P5)") }
        guard let width = Int(try token()), let height = Int(try token()), let maxValue = Int(try token()),
              width > 0, height > 0, (1...255).contains(maxValue) else {
            throw FormatError(description: "unsupported PGM header")
        }
        position += 1 // the single whitespace byte that ends the header
        guard bytes.count - position >= width * height else {
            throw FormatError(description: "PGM has \(bytes.count - position) pixel bytes, expected \(width * height)")
        }
        self.width = width
        self.height = height
        self.maxValue = maxValue
        self.pixels = Array(bytes[position..<(position + width * height)])
    }

    /// Grey level at a pixel: 0 is black, `maxValue` is white.
    func value(x: Int, y: Int) -> Int {
        Int(pixels[y * width + x])
    }
}

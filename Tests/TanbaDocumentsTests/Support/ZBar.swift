import Foundation

/// Decodes barcodes in rendered pages with zbar (`zbarimg` from zbar-tools), a decoder that shares
/// no code with libqrencode, so a passing round trip proves the printed symbol, not our encoder.
enum ZBar {
    /// Rasterises page `page` with `pdftoppm -r dpi -png` and returns every symbol `zbarimg --raw -q` reads.
    static func decode(pdf: Data, page: Int = 1, dpi: Int = 200) throws -> [String] {
        try Poppler.withTemporaryFile(pdf) { url in
            let prefix = url.deletingPathExtension().path + "-page"
            let png = prefix + ".png"
            defer { try? FileManager.default.removeItem(atPath: png) }
            _ = try Poppler.run("pdftoppm", ["-r", String(dpi), "-png", "-f", String(page), "-l", String(page), "-singlefile", url.path, prefix])
            let output = String(decoding: try Poppler.run("zbarimg", ["--raw", "-q", png]), as: UTF8.self)
            return output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }
}

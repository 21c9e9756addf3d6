import CHarfBuzzSubset
import Foundation
import Testing
@testable import TanbaDocuments

@Suite("Document fonts")
struct DocumentFontsTests {
    @Test("every installed face of the document families is replaced by an unhinted copy")
    func configuration() throws {
        // setup
        let installed = FontFamily.documentFamilies.flatMap { DocumentFonts.installedFaces(of: $0.name) }
        try #require(installed.count >= 8, "fonts-noto-core provides Noto Serif and Noto Sans in four styles each")

        // act
        let summary = DocumentFonts.prepare()

        // check
        #expect(summary == DocumentFonts.Summary(unhintedFaces: installed.count, keptFaces: 0))
    }

    @Test("the unhinted copy drops the hinting programs and shapes text exactly as the original")
    func unhintedCopy() throws {
        // setup
        let original = try #require(DocumentFonts.installedFaces(of: "Noto Serif").first { $0.hasSuffix("NotoSerif-Regular.ttf") })
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-unhinted-\(UUID().uuidString).ttf")
        defer { try? FileManager.default.removeItem(at: copy) }

        // act
        let derived = UnhintedFont.derive(from: original, to: copy)

        // check
        try #require(derived)
        let before = try tableTags(of: Data(contentsOf: URL(fileURLWithPath: original)))
        let after = try tableTags(of: Data(contentsOf: copy))
        #expect(before.isSuperset(of: ["fpgm", "prep", "cvt "]), "the installed Noto Serif is hinted")
        #expect(after.isDisjoint(with: ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"]))
        #expect(after.isSuperset(of: ["cmap", "glyf", "hmtx", "GSUB", "GPOS", "name", "OS/2"]))
        let sizes = try [original, copy.path].map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
        #expect(sizes[1] < sizes[0] * 3 / 4, "hinting is a large part of Noto Serif: \(sizes)")
        // Kazakh letters, a ligature-prone Latin run, kerning pairs and digits.
        let sample = "Нұрланова Әлия Қанатқызы — AVATAR office, ғылым өңірі №12/2026 «Тест»"
        #expect(try shaped(sample, fontFile: copy.path) == shaped(sample, fontFile: original))
    }

    @Test("a damaged font file is not usable, the derived copy is")
    func damagedCopy() throws {
        // setup
        let original = try #require(DocumentFonts.installedFaces(of: "Noto Serif").first { $0.hasSuffix("NotoSerif-Regular.ttf") })
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-unhinted-\(UUID().uuidString).ttf")
        defer { try? FileManager.default.removeItem(at: copy) }
        try Data("not a font".utf8).write(to: copy)

        // act / check
        #expect(!UnhintedFont.isUsable(copy.path))
        #expect(UnhintedFont.derive(from: original, to: copy))
        #expect(UnhintedFont.isUsable(copy.path))
    }

    /// The table tags of a single-face TrueType/OpenType file.
    private func tableTags(of font: Data) throws -> Set<String> {
        let bytes = [UInt8](font)
        try #require(bytes.count >= 12)
        let count = Int(bytes[4]) << 8 | Int(bytes[5])
        try #require(bytes.count >= 12 + count * 16)
        return Set((0..<count).map { String(decoding: bytes[(12 + $0 * 16)..<(16 + $0 * 16)], as: UTF8.self) })
    }

    /// Glyph ids, advances and offsets HarfBuzz gives `text` in the font at `fontFile`.
    private func shaped(_ text: String, fontFile: String) throws -> [[Int32]] {
        let blob = try #require(hb_blob_create_from_file_or_fail(fontFile))
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)
        defer { hb_face_destroy(face) }
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        hb_buffer_add_utf8(buffer, text, Int32(text.utf8.count), 0, Int32(text.utf8.count))
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = try #require(hb_buffer_get_glyph_infos(buffer, &count))
        let positions = try #require(hb_buffer_get_glyph_positions(buffer, &count))
        return (0..<Int(count)).map {
            [Int32(bitPattern: infos[$0].codepoint), positions[$0].x_advance, positions[$0].x_offset, positions[$0].y_offset]
        }
    }
}

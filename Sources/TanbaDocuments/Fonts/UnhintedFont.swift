import CHarfBuzzSubset
import Foundation

/// Derives a copy of a TrueType/OpenType font without hinting, using HarfBuzz's subsetter.
///
/// Hinting (the `fpgm`, `prep` and `cvt ` programs and every glyph's instructions) only helps a
/// rasteriser snap outlines to a screen's pixel grid; PDF viewers and printers draw the outlines
/// unhinted anyway. cairo copies those programs into every font subset it embeds and compresses
/// them again for every document: for Noto Serif they are more than half of the embedded bytes.
/// Everything that affects layout stays: every glyph and code point, advances, kerning and every
/// OpenType feature, so text is shaped and broken into lines exactly as with the original.
enum UnhintedFont {
    /// Writes the unhinted copy of `source` to `destination` (atomically, so concurrent processes
    /// never read a half-written file). Returns false if HarfBuzz cannot read or subset the font.
    static func derive(from source: String, to destination: URL) -> Bool {
        guard let blob = hb_blob_create_from_file_or_fail(source) else { return false }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, 0) else { return false }
        defer { hb_face_destroy(face) }
        let glyphCount = hb_face_get_glyph_count(face)
        guard glyphCount > 0, let input = hb_subset_input_create_or_fail() else { return false }
        defer { hb_subset_input_destroy(input) }

        // Keep everything: all code points, all glyphs, all names, all layout features.
        hb_face_collect_unicodes(face, hb_subset_input_unicode_set(input))
        hb_set_add_range(hb_subset_input_glyph_set(input), 0, glyphCount - 1)
        hb_set_add_range(hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID), 0, 0x7FFF)
        hb_set_add_range(hb_subset_input_set(input, HB_SUBSET_SETS_NAME_LANG_ID), 0, 0xFFFF)
        let features = hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
        hb_set_clear(features)
        for table in [TANBA_HB_TAG_GSUB, TANBA_HB_TAG_GPOS] {
            for tag in featureTags(of: face, table: table) {
                hb_set_add(features, tag)
            }
        }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue | HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue
            | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue | HB_SUBSET_FLAGS_GLYPH_NAMES.rawValue
            | HB_SUBSET_FLAGS_NAME_LEGACY.rawValue | HB_SUBSET_FLAGS_NO_PRUNE_UNICODE_RANGES.rawValue)

        guard let subset = hb_subset_or_fail(face, input) else { return false }
        defer { hb_face_destroy(subset) }
        guard hb_face_get_glyph_count(subset) == glyphCount, let result = hb_face_reference_blob(subset) else { return false }
        defer { hb_blob_destroy(result) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(result, &length), length > 0 else { return false }
        let data = Data(bytes: bytes, count: Int(length))
        return (try? data.write(to: destination, options: .atomic)) != nil
    }

    /// Whether the font file at `path` opens and has glyphs (a cached copy damaged on disk does not).
    static func isUsable(_ path: String) -> Bool {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return false }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, 0) else { return false }
        defer { hb_face_destroy(face) }
        return hb_face_get_glyph_count(face) > 0
    }

    private static func featureTags(of face: OpaquePointer, table: hb_tag_t) -> [hb_tag_t] {
        var tags: [hb_tag_t] = []
        var offset: UInt32 = 0
        while true {
            var batch = [hb_tag_t](repeating: 0, count: 64)
            var count = UInt32(batch.count)
            let total = hb_ot_layout_table_get_feature_tags(face, table, offset, &count, &batch)
            tags += batch.prefix(Int(count))
            offset += count
            if count == 0 || offset >= total { return tags }
        }
    }
}

import CPangoCairo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a piece of text should look like: family, size in points, style.
struct FontRequest {
    var family: String
    var size: Double
    var style: FontStyle
}

/// Vertical metrics of one laid-out line, in points relative to the top of its layout.
struct LineMetrics {
    /// Top of the line box (line spacing included).
    var top: Double
    /// Bottom of the line box.
    var bottom: Double
    /// Baseline position.
    var baseline: Double
    /// Left edge of the line; non-zero for centred, right-aligned and RTL lines.
    var x: Double
}

/// A laid-out, wrapped piece of plain text backed by a `PangoLayout`.
///
/// Measured once (line metrics are cached) so the paginator can decide page breaks line by line,
/// then drawn later line by line, which lets a paragraph continue on the next page without
/// drawing clipped glyphs that text extraction would still see.
final class PangoText {
    private let layout: OpaquePointer
    /// The layout's lines, owned by `layout` and valid while it lives unmodified (it never changes
    /// after creation). Cached because `pango_layout_get_line_readonly` walks a linked list.
    private let lineHandles: [UnsafeMutablePointer<PangoLayoutLine>]
    let lines: [LineMetrics]

    /// Height of the whole text in points.
    var height: Double { lines.last?.bottom ?? 0 }

    fileprivate init(layout: OpaquePointer) {
        self.layout = layout
        (self.lineHandles, self.lines) = PangoText.measureLines(of: layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// Height of lines `range` stacked together.
    func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].bottom - lines[first].top
    }

    /// Draws lines `range` so that the first one's top edge sits at `top`, the layout's left edge at `x`.
    func draw(lines range: Range<Int>, x: Double, top: Double, cairo: OpaquePointer) {
        guard let first = range.first else { return }
        let offset = lines[first].top
        for index in range {
            let metrics = lines[index]
            cairo_move_to(cairo, x + metrics.x, top + metrics.baseline - offset)
            pango_cairo_show_layout_line(cairo, lineHandles[index])
        }
    }

    private static func measureLines(of layout: OpaquePointer) -> ([UnsafeMutablePointer<PangoLayoutLine>], [LineMetrics]) {
        guard let iterator = pango_layout_get_iter(layout) else { return ([], []) }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var handles: [UnsafeMutablePointer<PangoLayoutLine>] = []
        var result: [LineMetrics] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            handles.append(line)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            var top: Int32 = 0
            var bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            let baseline = pango_layout_iter_get_baseline(iterator)
            result.append(LineMetrics(
                top: Double(top) / scale,
                bottom: Double(bottom) / scale,
                baseline: Double(baseline) / scale,
                x: Double(logical.x) / scale
            ))
        } while pango_layout_iter_next_line(iterator) != 0
        return (handles, result)
    }
}

/// Creates ``PangoText`` layouts.
///
/// One engine per thread (see ``forCurrentThread(cairo:)``), reused by every render on that thread:
/// certificates of one batch repeat most of their text (institution, labels, table headers and
/// cells), and shaping that text is the largest cost of a render after cairo's own PDF output.
/// An engine is never shared between threads: its `PangoContext` has a font map of its own
/// (font maps are not thread-safe), drawing on ``DocumentFonts``' configuration.
final class TextEngine {
    private let context: OpaquePointer

    /// Everything that determines a layout's result. Alignment is part of it because it is set on
    /// the `PangoLayout` itself and changing it on a shared layout would invalidate its lines.
    private struct LayoutKey: Hashable {
        var text: String
        var family: String
        var size: Double
        var style: FontStyle
        var width: Double
        var alignment: TextAlignment
    }

    /// Recently made layouts, in two generations: a lookup checks `recent`, then `older` (moving a
    /// hit back into `recent`); when `recent` is full it becomes `older` and the previous `older`
    /// is dropped. An approximate LRU that bounds memory (at most twice `generationSize` layouts
    /// per thread) while keeping the text every document repeats. Sharing a ``PangoText`` is safe
    /// because it never changes after creation; drawing does not modify it.
    private var recent: [LayoutKey: PangoText] = [:]
    private var older: [LayoutKey: PangoText] = [:]
    private static let generationSize = 256

    /// Creates an engine whose context takes its font options from `cairo`'s target.
    ///
    /// pango copies what it needs (surface font options, transformation) when the context is
    /// created and keeps no reference to `cairo`, so the engine stays valid after that render ends.
    /// It is only ever used with PDF surfaces under the identity matrix, which all give the same
    /// options, so later renders lay out text exactly as a context of their own would.
    init(cairo: OpaquePointer) throws {
        guard let context = tanba_pango_context_new(cairo, DocumentFonts.configuration) else {
            throw DocumentRenderError.pangoFailure("could not create a pango context")
        }
        // PDF is resolution independent: unhinted metrics give the same line breaks whatever
        // later displays the file, and glyph outlines are not distorted towards a pixel grid.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        // Pango rounds glyph positions to whole device units by default, which for PDF means whole
        // points: visibly uneven letter spacing at 10-12 pt. Vector output wants exact positions.
        pango_context_set_round_glyph_positions(context, 0)
        self.context = context
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The calling thread's engine, created (from `cairo`) on the thread's first render.
    ///
    /// The engine lives in thread-local storage, so it is reachable only from this thread and needs
    /// no lock; it is released when the thread exits. Renders on one thread run one after another
    /// (a render nested in a drawing closure only interleaves on the same thread), so the engine is
    /// never used concurrently. Falls back to a private engine if thread-local storage is unavailable.
    static func forCurrentThread(cairo: OpaquePointer) throws -> TextEngine {
        guard let key = threadKey else { return try TextEngine(cairo: cairo) }
        if let stored = pthread_getspecific(key) {
            return Unmanaged<TextEngine>.fromOpaque(stored).takeUnretainedValue()
        }
        let engine = try TextEngine(cairo: cairo)
        // The retain is balanced by the key's destructor when the thread exits.
        let retained = Unmanaged.passRetained(engine)
        guard pthread_setspecific(key, retained.toOpaque()) == 0 else {
            retained.release()
            return engine
        }
        return engine
    }

    /// Lays out `text` wrapped to `width` points.
    ///
    /// - Throws: ``DocumentRenderError/missingGlyphs(text:)`` if a character has no glyph in any font.
    func layout(_ text: String, font: FontRequest, width: Double, alignment: TextAlignment) throws -> PangoText {
        let key = LayoutKey(text: text, family: font.family, size: font.size, style: font.style, width: width, alignment: alignment)
        if let cached = recent[key] { return cached }
        if let cached = older[key] {
            remember(cached, for: key)
            return cached
        }
        // Failures are not cached: they abort the render (or are recorded by the canvas) anyway.
        let laidOut = try makeLayout(text, font: font, width: width, alignment: alignment)
        remember(laidOut, for: key)
        return laidOut
    }

    private func remember(_ text: PangoText, for key: LayoutKey) {
        if recent.count >= Self.generationSize {
            older = recent
            recent = Dictionary(minimumCapacity: Self.generationSize)
        }
        recent[key] = text
    }

    private func makeLayout(_ text: String, font: FontRequest, width: Double, alignment: TextAlignment) throws -> PangoText {
        guard let layout = pango_layout_new(context) else {
            throw DocumentRenderError.pangoFailure("pango_layout_new returned NULL")
        }
        let description = makeDescription(font)
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, Int32(clamping: Int((max(width, 1) * Double(PANGO_SCALE)).rounded(.down))))
        // WORD_CHAR: break at word boundaries, but split over-long tokens (IINs, URLs) rather than overflow.
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        apply(alignment, to: layout)
        // Plain text on purpose: user data is never parsed as markup, so nothing needs escaping.
        let clean = TextSanitizer.clean(text)
        pango_layout_set_text(layout, clean, Int32(clamping: clean.utf8.count))
        let text = PangoText(layout: layout)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            throw DocumentRenderError.missingGlyphs(text: String(clean.prefix(80)))
        }
        return text
    }

    /// Confirms that fontconfig resolves `family` to that family, not to a fallback.
    func verifyFamily(_ family: String) throws {
        // Generic aliases legitimately resolve to another name.
        let generic: Set<String> = ["serif", "sans-serif", "sans", "monospace", "mono", "system-ui"]
        guard !generic.contains(family.lowercased()) else { return }
        let description = makeDescription(FontRequest(family: family, size: 12, style: .regular))
        defer { pango_font_description_free(description) }
        guard let font = pango_context_load_font(context, description) else {
            throw DocumentRenderError.fontUnavailable(family: family, resolvedTo: "nothing")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        guard let actual = pango_font_describe(font) else {
            throw DocumentRenderError.fontUnavailable(family: family, resolvedTo: "nothing")
        }
        defer { pango_font_description_free(actual) }
        let resolved = pango_font_description_get_family(actual).map { String(cString: $0) } ?? ""
        guard resolved.lowercased() == family.lowercased() else {
            throw DocumentRenderError.fontUnavailable(family: family, resolvedTo: resolved)
        }
    }

    private func makeDescription(_ font: FontRequest) -> OpaquePointer? {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        // Absolute size is in device units, which are PDF points here; plain set_size would be
        // scaled by pango's 96 dpi default resolution and print a third too large.
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        switch font.style {
        case .regular:
            break
        case .bold:
            pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD)
        case .italic:
            pango_font_description_set_style(description, PANGO_STYLE_ITALIC)
        case .boldItalic:
            pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD)
            pango_font_description_set_style(description, PANGO_STYLE_ITALIC)
        }
        return description
    }

    private func apply(_ alignment: TextAlignment, to layout: OpaquePointer) {
        switch alignment {
        case .left:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center:
            pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right:
            pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
    }
}

/// Thread-local slot of ``TextEngine/forCurrentThread(cairo:)``; `nil` if the system has no key
/// left, in which case every render makes its own engine as before.
private let threadKey: pthread_key_t? = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { stored in
        // Runs on the exiting thread, the engine's only user: balances `passRetained`.
        let pointer: UnsafeMutableRawPointer? = stored
        if let pointer {
            Unmanaged<TextEngine>.fromOpaque(pointer).release()
        }
    }
    return status == 0 ? key : nil
}()

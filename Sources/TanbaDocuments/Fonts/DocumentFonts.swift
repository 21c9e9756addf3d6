import CHarfBuzzSubset
import CPangoCairo
import Foundation

/// The fonts documents are set in: the system's fontconfig configuration, except that the faces
/// of Tanba's document families (``FontFamily/documentFamilies``) are replaced by unhinted copies
/// (see ``UnhintedFont``).
///
/// The copies are derived once per machine into a cache directory and reused by every process;
/// each process builds its configuration once, on the first render or at ``prepare()``. Anything
/// that goes wrong (no writable cache, a font HarfBuzz cannot read) leaves that face, or all of
/// them, as the system has them: documents look the same either way, only larger and slower.
public enum DocumentFonts {
    /// What the configuration holds.
    public struct Summary: Sendable, Equatable {
        /// Faces replaced by unhinted copies.
        public let unhintedFaces: Int
        /// Faces of the document families kept as installed (HarfBuzz or the cache failed).
        public let keptFaces: Int
    }

    /// Keeps the derived fonts under `base/fonts` (the configured cache folder; nil: the temporary
    /// directory). Takes effect only before the first document is drawn, so the server sets it while
    /// it is configured.
    public static func useCache(in base: URL?) {
        cacheBase.set(base)
    }

    /// Builds the configuration now rather than on the first render (servers call it at start,
    /// the benchmark before it starts timing).
    @discardableResult
    public static func prepare() -> Summary {
        shared.summary
    }

    /// The configuration for new pango font maps; `nil` means the process's default one.
    static var configuration: OpaquePointer? { shared.config }

    /// Owns the `FcConfig` for the life of the process.
    private final class Built: @unchecked Sendable {
        // Never mutated after init; fontconfig configurations may be read from several threads.
        let config: OpaquePointer?
        let summary: Summary

        init(config: OpaquePointer?, summary: Summary) {
            self.config = config
            self.summary = summary
        }
    }

    private static let shared: Built = build()

    /// The folder `useCache(in:)` was given, read once when the fonts are built.
    private final class CacheBase: @unchecked Sendable {
        private let lock = NSLock()
        private var base: URL?

        func set(_ value: URL?) { lock.withLock { base = value } }
        func get() -> URL? { lock.withLock { base } }
    }

    private static let cacheBase = CacheBase()

    private static func build() -> Built {
        let sources = FontFamily.documentFamilies.flatMap { installedFaces(of: $0.name) }
        guard !sources.isEmpty, let directory = cacheDirectory() else {
            return Built(config: nil, summary: Summary(unhintedFaces: 0, keptFaces: sources.count))
        }
        var replaced: [(source: String, copy: String)] = []
        for source in sources {
            guard let copy = unhintedCopy(of: source, in: directory) else { continue }
            replaced.append((source, copy))
        }
        guard !replaced.isEmpty, let config = FcInitLoadConfig() else {
            return Built(config: nil, summary: Summary(unhintedFaces: 0, keptFaces: sources.count))
        }
        // The originals are rejected so that a family name finds only the copies; every other
        // system font stays available as pango's fallback, exactly as with the default config.
        let globs = replaced.map { "<glob>\(xmlEscaped($0.source))</glob>" }.joined()
        let rules = """
            <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig><selectfont><rejectfont>\(globs)</rejectfont></selectfont></fontconfig>
            """
        var added = 0
        if FcConfigParseAndLoadFromMemory(config, rules, 1) != 0, FcConfigBuildFonts(config) != 0 {
            for face in replaced where FcConfigAppFontAddFile(config, face.copy) != 0 {
                added += 1
            }
        }
        // Every copy must be in, or a rejected original would leave its style with no face at all.
        guard added == replaced.count else {
            FcConfigDestroy(config)
            return Built(config: nil, summary: Summary(unhintedFaces: 0, keptFaces: sources.count))
        }
        return Built(config: config, summary: Summary(unhintedFaces: added, keptFaces: sources.count - added))
    }

    /// Font files of `family` in the default configuration (single-face files only, whose paths
    /// fontconfig can match literally).
    static func installedFaces(of family: String) -> [String] {
        guard let pattern = FcPatternCreate() else { return [] }
        defer { FcPatternDestroy(pattern) }
        _ = FcPatternAddString(pattern, "family", family)
        guard let objects = FcObjectSetCreate() else { return [] }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, "file")
        _ = FcObjectSetAdd(objects, "index")
        guard let list = FcFontList(nil, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(list) }
        var files: Set<String> = []
        for index in 0..<Int(list.pointee.nfont) {
            guard let font = list.pointee.fonts[index] else { continue }
            var file: UnsafeMutablePointer<FcChar8>?
            var faceIndex: Int32 = 0
            guard FcPatternGetString(font, "file", 0, &file) == FcResultMatch, let file,
                  FcPatternGetInteger(font, "index", 0, &faceIndex) == FcResultMatch, faceIndex == 0 else { continue }
            let path = String(cString: file)
            let lowered = path.lowercased()
            guard lowered.hasSuffix(".ttf") || lowered.hasSuffix(".otf"),
                  !path.contains(where: { "*?[]".contains($0) }) else { continue }
            files.insert(path)
        }
        return files.sorted()
    }

    /// The copy of `source` in `directory`, derived now unless an earlier process did. Its name
    /// records the original's size and modification time, so an upgraded font gets a new copy.
    private static func unhintedCopy(of source: String, in directory: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source),
              let size = attributes[.size] as? Int,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let version = String(cString: hb_version_string())
        let copy = directory.appendingPathComponent("\(name)-\(size)-\(Int(modified.timeIntervalSince1970))-hb\(version)-unhinted.ttf")
        if FileManager.default.fileExists(atPath: copy.path), UnhintedFont.isUsable(copy.path) {
            return copy.path
        }
        // Missing, or damaged on disk: derive it (again); the write replaces the file atomically.
        return UnhintedFont.derive(from: source, to: copy) ? copy.path : nil
    }

    /// `fonts` in the folder `useCache(in:)` gave, else `tanba/fonts` in the temporary directory:
    /// the first that can be created and written.
    private static func cacheDirectory() -> URL? {
        let candidates = [cacheBase.get(), FileManager.default.temporaryDirectory.appendingPathComponent("tanba")].compactMap { $0 }
        for base in candidates {
            let directory = base.appendingPathComponent("fonts")
            if (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
               FileManager.default.isWritableFile(atPath: directory.path) {
                return directory
            }
        }
        return nil
    }

    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

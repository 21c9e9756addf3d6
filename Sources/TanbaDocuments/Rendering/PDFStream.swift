import CPangoCairo
import Foundation

/// Receives the PDF bytes cairo produces, so documents never touch the file system.
///
/// A class because cairo's C callback gets it back through an opaque pointer (an `Unmanaged`
/// reference) rather than through a global; one sink per render, never shared between threads.
final class PDFByteSink {
    private(set) var bytes = Data()

    func append(_ pointer: UnsafePointer<UInt8>, count: Int) {
        bytes.append(pointer, count: count)
    }
}

/// Creation of a cairo PDF surface that streams into a ``PDFByteSink``.
enum PDFStream {
    /// Creates the surface. The caller must keep `sink` alive until the surface is destroyed
    /// (cairo keeps only an unretained pointer to it and writes the trailer while finishing).
    static func makeSurface(writingTo sink: PDFByteSink, size: PageSize) throws -> OpaquePointer {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        // A non-capturing closure converts to cairo_write_func_t; all state arrives via `closure`.
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                guard length > 0 else { return CAIRO_STATUS_SUCCESS }
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                let sink = Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
                sink.append(data, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            },
            context,
            size.width,
            size.height
        )
        guard let surface else {
            throw DocumentRenderError.cairoFailure(status: -1, message: "cairo_pdf_surface_create_for_stream returned NULL")
        }
        do {
            try CairoStatus.check(surface: surface)
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }

    /// Writes the document information dictionary; a no-op with cairo older than 1.16.
    static func apply(_ metadata: DocumentMetadata, to surface: OpaquePointer) {
        let entries: [(tanba_pdf_metadata_key, String)] = [
            (TANBA_PDF_METADATA_TITLE, metadata.title),
            (TANBA_PDF_METADATA_AUTHOR, metadata.author),
            (TANBA_PDF_METADATA_SUBJECT, metadata.subject),
            (TANBA_PDF_METADATA_KEYWORDS, metadata.keywords),
            (TANBA_PDF_METADATA_CREATOR, metadata.creator),
        ]
        for (key, value) in entries where !value.isEmpty {
            tanba_cairo_pdf_set_metadata(surface, key, TextSanitizer.clean(value))
        }
    }
}

import CPangoCairo
import Foundation

/// Receives the PDF bytes cairo produces, so documents never touch the file system.
///
/// The bytes collect in a C buffer (``tanba_byte_buffer``) that cairo's write callback appends
/// to directly: cairo writes every printed token separately, and a Swift callback appending to
/// `Data` cost more than a twentieth of a document's rendering. One sink per render, never shared
/// between threads.
final class PDFByteSink {
    fileprivate let buffer: UnsafeMutablePointer<tanba_byte_buffer>

    init() {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: tanba_byte_buffer(bytes: nil, length: 0, capacity: 0))
    }

    deinit {
        free(buffer.pointee.bytes)
        buffer.deallocate()
    }

    /// A copy of everything written so far.
    var bytes: Data {
        guard let start = buffer.pointee.bytes else { return Data() }
        return Data(bytes: start, count: buffer.pointee.length)
    }
}

/// Creation of a cairo PDF surface that streams into a ``PDFByteSink``.
enum PDFStream {
    /// Creates the surface. The caller must keep `sink` alive until the surface is destroyed
    /// (cairo keeps only a pointer to its buffer and writes the trailer while finishing).
    static func makeSurface(writingTo sink: PDFByteSink, size: PageSize) throws -> OpaquePointer {
        let surface = cairo_pdf_surface_create_for_stream(tanba_byte_buffer_write, sink.buffer, size.width, size.height)
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

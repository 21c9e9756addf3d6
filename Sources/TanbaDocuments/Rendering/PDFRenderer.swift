import CPangoCairo
import Dispatch
import Foundation

/// Renders a ``PDFDocumentSpec`` to PDF bytes with cairo and pango.
///
/// Every render builds its own cairo surface and cairo context. Text is laid out by the rendering
/// thread's ``TextEngine`` (one pango context and layout cache per thread, never shared between
/// threads), so renders may run concurrently on different threads. Text is real PDF text (embedded, subset
/// Noto fonts with Unicode mappings), so it is searchable and extractable with `pdftotext`.
///
/// Two entry points with the same name: the synchronous one blocks the calling thread (use it
/// from threads you own, CLI tools and tests); from `async` code Swift picks the `async` overload,
/// which runs the same work on a dedicated dispatch queue so event-loop threads never block.
public enum PDFRenderer {
    /// Concurrent, so several documents render in parallel on the cores GCD gives it.
    private static let queue = DispatchQueue(
        label: "kz.tanba.documents.pdf-render",
        qos: .userInitiated,
        attributes: .concurrent
    )

    /// Renders `spec` on the calling thread.
    ///
    /// - Returns: A complete PDF file.
    /// - Throws: ``DocumentRenderError``.
    public static func render(_ spec: PDFDocumentSpec) throws -> Data {
        let started = RenderingClock.threadCPUSeconds()
        defer { RenderingClock.add(RenderingClock.threadCPUSeconds() - started) }
        try validate(spec)
        let sink = PDFByteSink()
        // cairo holds only an unretained pointer to the sink; keep it alive until the surface is gone.
        return try withExtendedLifetime(sink) {
            let surface = try PDFStream.makeSurface(writingTo: sink, size: spec.pageSize)
            defer { cairo_surface_destroy(surface) }
            PDFStream.apply(spec.metadata, to: surface)

            guard let cairo = cairo_create(surface) else {
                throw DocumentRenderError.cairoFailure(status: -1, message: "cairo_create returned NULL")
            }
            defer { cairo_destroy(cairo) }
            try CairoStatus.check(context: cairo)

            try drawDocument(spec, cairo: cairo)

            // Finishing writes the xref table and trailer into the sink.
            cairo_surface_finish(surface)
            try CairoStatus.check(surface: surface)
            return sink.bytes
        }
    }

    /// Renders `spec` on a background dispatch queue without blocking the caller's thread.
    ///
    /// Cancellation is checked before the render starts; a render in progress runs to completion.
    ///
    /// - Returns: A complete PDF file.
    /// - Throws: ``DocumentRenderError`` or `CancellationError`.
    public static func render(_ spec: PDFDocumentSpec) async throws -> Data {
        try Task.checkCancellation()
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try render(spec) })
            }
        }
    }

    private static func drawDocument(_ spec: PDFDocumentSpec, cairo: OpaquePointer) throws {
        let engine = try TextEngine.forCurrentThread(cairo: cairo)
        try engine.verifyFamily(spec.fontFamily.name)
        let typography = Typography(family: spec.fontFamily.name, baseSize: spec.baseFontSize, blockSpacing: spec.blockSpacing)

        let footerHeight = spec.showsPageNumbers
            ? try engine.layout("0", font: typography.font(size: typography.footerSize), width: 100, alignment: .center).height
            : 0
        let contentBottom = spec.pageSize.height - spec.margins.bottom
            - (spec.showsPageNumbers ? footerHeight + typography.footerGap : 0)
        let frame = ContentFrame(
            left: spec.margins.left,
            top: spec.margins.top,
            width: spec.pageSize.width - spec.margins.left - spec.margins.right,
            bottom: contentBottom
        )
        guard frame.height > 0 else {
            throw DocumentRenderError.invalidSpec("margins and footer leave no vertical space for content")
        }

        // Pass 1: measure and paginate. Pass 2: draw, now that the page count is known.
        var paginator = Paginator(frame: frame, typography: typography, engine: engine)
        let pages = try paginator.paginate(spec.blocks)

        let drawer = PageDrawer(cairo: cairo, engine: engine, fontFamily: spec.fontFamily.name)
        for (index, items) in pages.enumerated() {
            if let decoration = spec.pageDecoration {
                try drawer.drawDecoration(decoration, page: spec.pageSize)
            }
            for item in items {
                try drawer.draw(item)
            }
            if spec.showsPageNumbers {
                let footer = try engine.layout(
                    "\(index + 1) / \(pages.count)",
                    font: typography.font(size: typography.footerSize),
                    width: frame.width,
                    alignment: .center
                )
                try drawer.draw(.text(footer, lines: 0..<footer.lines.count, x: frame.left, top: spec.pageSize.height - spec.margins.bottom - footerHeight))
            }
            cairo_show_page(cairo)
            try CairoStatus.check(context: cairo)
        }
    }

    private static func validate(_ spec: PDFDocumentSpec) throws {
        let page = spec.pageSize
        guard page.width.isFinite, page.height.isFinite, page.width > 0, page.height > 0 else {
            throw DocumentRenderError.invalidSpec("page size must be positive, got \(page.width) × \(page.height)")
        }
        let margins = spec.margins
        for value in [margins.top, margins.left, margins.bottom, margins.right] where !value.isFinite || value < 0 {
            throw DocumentRenderError.invalidSpec("margins must be non-negative, got \(value)")
        }
        guard margins.left + margins.right < page.width, margins.top + margins.bottom < page.height else {
            throw DocumentRenderError.invalidSpec("margins are larger than the page")
        }
        guard spec.baseFontSize.isFinite, spec.baseFontSize > 0 else {
            throw DocumentRenderError.invalidSpec("base font size must be positive, got \(spec.baseFontSize)")
        }
        guard spec.blockSpacing.isFinite, spec.blockSpacing >= 0 else {
            throw DocumentRenderError.invalidSpec("block spacing must be non-negative, got \(spec.blockSpacing)")
        }
    }
}

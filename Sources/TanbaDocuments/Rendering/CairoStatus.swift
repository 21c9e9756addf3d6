import CPangoCairo

/// Turns cairo's sticky error statuses into Swift errors.
///
/// cairo never throws or returns NULL: objects enter an error state and ignore later calls, so the
/// renderer must poll the status at checkpoints (after creation, after each page, after finishing).
enum CairoStatus {
    static func check(_ status: cairo_status_t) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let message = cairo_status_to_string(status).map { String(cString: $0) } ?? "unknown error"
        throw DocumentRenderError.cairoFailure(status: Int(status.rawValue), message: message)
    }

    static func check(context cairo: OpaquePointer) throws {
        try check(cairo_status(cairo))
    }

    static func check(surface: OpaquePointer) throws {
        try check(cairo_surface_status(surface))
    }
}

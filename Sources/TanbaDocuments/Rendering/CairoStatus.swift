import CPangoCairo

/// Turns cairo's sticky error statuses into Swift errors.
///
/// cairo never throws or returns NULL: objects enter an error state and ignore later calls, so the
/// renderer must poll the status at checkpoints (after creation, after each page, after finishing).
enum CairoStatus {
    static func check(_ status: cairo_status_t) throws {
        if let error = error(status) { throw error }
    }

    /// The error a status stands for; nil on success.
    static func error(_ status: cairo_status_t) -> DocumentRenderError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        let message = cairo_status_to_string(status).map { String(cString: $0) } ?? "unknown error"
        return .cairoFailure(status: Int(status.rawValue), message: message)
    }

    static func check(context cairo: OpaquePointer) throws {
        try check(cairo_status(cairo))
    }

    static func check(surface: OpaquePointer) throws {
        try check(cairo_surface_status(surface))
    }
}

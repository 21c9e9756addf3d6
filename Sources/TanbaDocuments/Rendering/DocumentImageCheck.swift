import CPangoCairo

/// Whether an image can be drawn at all, tried once on a small surface before it is accepted.
public enum DocumentImageCheck {
    public static func draws(_ image: DocumentImage) -> Bool {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 64, 64) else { return false }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { return false }
        defer { cairo_destroy(cairo) }
        let canvas = CairoCanvas(cairo: cairo)
        canvas.drawImage(image, in: CanvasRect(x: 0, y: 0, width: 64, height: 64))
        canvas.invalidate()
        return canvas.failure == nil && cairo_status(cairo) == CAIRO_STATUS_SUCCESS
    }
}

import CPangoCairo

/// Draws ``PlacedItem``s onto the current cairo page.
struct PageDrawer {
    let cairo: OpaquePointer
    /// Lets custom drawings set text; `nil` only in contexts without a text engine.
    let engine: TextEngine?
    let fontFamily: String

    /// Draws a page-wide decoration (borders, watermarks) under the page's content.
    func drawDecoration(_ draw: CustomDrawing, page: PageSize) throws {
        try drawCustom(CanvasRect(x: 0, y: 0, width: page.width, height: page.height), draw)
    }

    func draw(_ item: PlacedItem) throws {
        switch item {
        case let .text(text, lines, x, top):
            cairo_set_source_rgb(cairo, 0, 0, 0)
            text.draw(lines: lines, x: x, top: top, cairo: cairo)
        case let .stroke(from, to, width):
            cairo_new_path(cairo)
            cairo_set_source_rgb(cairo, 0, 0, 0)
            cairo_set_line_width(cairo, width)
            cairo_move_to(cairo, from.x, from.y)
            cairo_line_to(cairo, to.x, to.y)
            cairo_stroke(cairo)
        case let .fill(rect, color):
            cairo_new_path(cairo)
            cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
            cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cairo)
        case let .custom(rect, draw):
            try drawCustom(rect, draw)
        }
    }

    /// Runs caller code in an isolated graphics state: clipped to its box, with any colour,
    /// line width or half-built path it leaves behind discarded afterwards.
    /// Text the drawing could not set is reported as the render's error.
    private func drawCustom(_ rect: CanvasRect, _ draw: CustomDrawing) throws {
        cairo_save(cairo)
        cairo_new_path(cairo)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cairo)
        cairo_set_source_rgb(cairo, 0, 0, 0)
        let canvas = CairoCanvas(cairo: cairo, engine: engine, fontFamily: fontFamily)
        draw(canvas, rect)
        canvas.invalidate()
        cairo_restore(cairo)
        // The path is not part of the saved state.
        cairo_new_path(cairo)
        if let failure = canvas.failure { throw failure }
    }
}

import CRSVG

/// librsvg behind one call, in a file of its own: librsvg's header brings cairo's declarations
/// again, and keeping them out of the files that draw with cairo keeps every cairo name unambiguous.
enum SVGDrawing {
    /// Draws the SVG document on the cairo context `cairo`, fitted into `rect`; false when librsvg
    /// cannot read or draw it.
    static func draw(_ bytes: UnsafePointer<UInt8>, count: Int, on cairo: OpaquePointer, in rect: CanvasRect) -> Bool {
        tanba_svg_draw(UnsafeMutableRawPointer(cairo), bytes, count, rect.x, rect.y, rect.width, rect.height) == 0
    }
}

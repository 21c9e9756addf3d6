import Foundation
import Testing
import TanbaDocuments

@Suite("Custom vector blocks")
struct CustomDrawingTests {
    @Test("a custom block draws where it was placed and is clipped to its box")
    func filledSquare() throws {
        // setup: the only block, so its box starts at the top-left margin (50, 50), 100 pt tall.
        let spec = PDFDocumentSpec(
            margins: .uniform(50),
            showsPageNumbers: false,
            blocks: [
                .custom(height: 100) { canvas, rect in
                    canvas.fill(CanvasRect(x: rect.x, y: rect.y, width: 60, height: 60))
                    // Outside the box: must be clipped away.
                    canvas.fill(CanvasRect(x: rect.x, y: rect.maxY + 50, width: 60, height: 60))
                },
            ]
        )

        // act: at 72 dpi one pixel is one point.
        let image = try Poppler.grayRaster(of: PDFRenderer.render(spec), page: 1)

        // check
        #expect(image.value(x: 80, y: 80) < 64, "inside the square")
        #expect(image.value(x: 300, y: 80) > 200, "beside the square")
        #expect(image.value(x: 80, y: 230) > 200, "clipped square below the box")
    }

    @Test("a vector path via move/line/fill draws")
    func triangle() throws {
        // setup
        let spec = PDFDocumentSpec(
            margins: .uniform(50),
            showsPageNumbers: false,
            blocks: [
                .custom(height: 100) { canvas, rect in
                    canvas.move(to: CanvasPoint(x: rect.x, y: rect.y))
                    canvas.line(to: CanvasPoint(x: rect.x + 100, y: rect.y))
                    canvas.line(to: CanvasPoint(x: rect.x, y: rect.y + 100))
                    canvas.closePath()
                    canvas.fillPath(color: .black)
                },
            ]
        )

        // act
        let image = try Poppler.grayRaster(of: PDFRenderer.render(spec), page: 1)

        // check
        #expect(image.value(x: 60, y: 60) < 64, "inside the triangle")
        #expect(image.value(x: 140, y: 140) > 200, "beyond the hypotenuse")
    }
}

import Foundation
import Testing
import TanbaDocuments

@Suite("Canvas text and page decoration")
struct CanvasTextTests {
    @Test("text drawn on a canvas is real, extractable PDF text")
    func canvasTextExtracts() throws {
        // setup
        let spec = PDFDocumentSpec(showsPageNumbers: false, blocks: [
            .custom(height: 40) { canvas, rect in
                canvas.drawText("Қолы / Подпись", in: rect, fontSize: 12, alignment: .right)
            },
        ])

        // act
        let text = try Poppler.text(of: PDFRenderer.render(spec), layout: false)

        // check
        #expect(text.contains("Қолы / Подпись"))
    }

    @Test("a character no font can show fails the render instead of printing a box")
    func canvasMissingGlyph() throws {
        // setup: a private-use code point that no installed font maps.
        let spec = PDFDocumentSpec(blocks: [
            .custom(height: 40) { canvas, rect in
                canvas.drawText("A\u{10FFFD}", in: rect, fontSize: 12)
            },
        ])

        // act / check
        #expect {
            try PDFRenderer.render(spec)
        } throws: { error in
            guard case .missingGlyphs = error as? DocumentRenderError else { return false }
            return true
        }
    }

    @Test("the page decoration is drawn on every page, outside the margins")
    func decorationOnEveryPage() throws {
        // setup: a black bar in the top-left corner of the paper, inside the margin.
        let spec = PDFDocumentSpec(
            margins: .uniform(72),
            showsPageNumbers: false,
            blocks: [.paragraph("Бет 1"), .pageBreak, .paragraph("Бет 2")],
            pageDecoration: { canvas, page in
                canvas.fill(CanvasRect(x: page.x + 10, y: page.y + 10, width: 30, height: 30))
            }
        )

        // act
        let pdf = try PDFRenderer.render(spec)

        // check
        for page in 1...2 {
            let image = try Poppler.grayRaster(of: pdf, page: page)
            #expect(image.value(x: 25, y: 25) < 64, "bar on page \(page)")
        }
    }
}

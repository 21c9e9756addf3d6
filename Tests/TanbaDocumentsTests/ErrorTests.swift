import Foundation
import Testing
import TanbaDocuments

@Suite("Errors")
struct ErrorTests {
    @Test("an uninstalled font family is reported, not substituted")
    func missingFont() {
        // setup
        let spec = PDFDocumentSpec(fontFamily: "Tanba Nonexistent Sans", blocks: [.paragraph("x")])

        // act
        let result = Result { try PDFRenderer.render(spec) }

        // check
        guard case let .failure(error as DocumentRenderError) = result,
              case let .fontUnavailable(family, _) = error else {
            Issue.record("expected fontUnavailable, got \(result)")
            return
        }
        #expect(family == "Tanba Nonexistent Sans")
        #expect(error.description.contains("Tanba Nonexistent Sans"))
    }

    @Test("a row with the wrong number of cells is rejected")
    func raggedTable() {
        // setup
        let spec = PDFDocumentSpec(blocks: [
            .table(columns: [TableColumn("A", widthFraction: 1), TableColumn("B", widthFraction: 1)], rows: [["1", "2"], ["3"]]),
        ])

        // act / check
        #expect(throws: DocumentRenderError.invalidTable("row 2 has 1 cells, the table has 2 columns")) {
            try PDFRenderer.render(spec)
        }
    }

    @Test("an unsplittable block taller than a page is an error, not clipped")
    func tooTall() {
        // setup
        let spec = PDFDocumentSpec(blocks: [.custom(height: 5000) { _, _ in }])

        // act / check
        #expect {
            try PDFRenderer.render(spec)
        } throws: { error in
            guard case .blockTooTall = error as? DocumentRenderError else { return false }
            return true
        }
    }

    @Test("margins larger than the page are rejected")
    func badMargins() {
        // setup
        let spec = PDFDocumentSpec(margins: .uniform(400), blocks: [])

        // act / check
        #expect(throws: DocumentRenderError.invalidSpec("margins are larger than the page")) {
            try PDFRenderer.render(spec)
        }
    }
}

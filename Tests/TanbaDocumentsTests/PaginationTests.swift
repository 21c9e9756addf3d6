import Foundation
import Testing
import TanbaDocuments

@Suite("Pagination")
struct PaginationTests {
    @Test("a 200-row table spans pages, repeats its header and loses no row")
    func longTable() throws {
        // setup
        let spec = Fixtures.longTable(rows: 200)

        // act
        let pdf = try PDFRenderer.render(spec)
        let pageCount = try Poppler.pageCount(of: pdf)
        let pages = try (1...pageCount).map { try Poppler.text(of: pdf, pages: $0...$0) }
        let rawPages = try (1...pageCount).map { try Poppler.text(of: pdf, pages: $0...$0, layout: false) }
        let whole = try Poppler.text(of: pdf)

        // check
        #expect(pageCount > 1)
        for (index, page) in pages.enumerated() {
            for title in Fixtures.tableTitles {
                #expect(page.contains(title), "page \(index + 1) lacks header \(title)")
            }
            #expect(rawPages[index].contains("\(index + 1) / \(pageCount)"), "page \(index + 1) lacks its number")
        }
        for row in 1...200 {
            #expect(whole.occurrences(of: Fixtures.rowLabel(row)) == 1, "row \(row)")
        }
        let perPage = pages.map { page in (1...200).filter { page.contains(Fixtures.rowLabel($0)) }.count }
        #expect(perPage.reduce(0, +) == 200)
    }

    @Test("a paragraph taller than a page is split by lines without losing or repeating words")
    func longParagraph() throws {
        // setup
        let words = (1...1500).map { "w" + String(format: "%04d", $0) }
        let spec = PDFDocumentSpec(blocks: [
            .paragraph("Вступление."),
            .paragraph(words.joined(separator: " "), alignment: .justify),
        ])

        // act
        let pdf = try PDFRenderer.render(spec)
        let text = try Poppler.text(of: pdf)

        // check
        #expect(try Poppler.pageCount(of: pdf) > 1)
        for word in words {
            #expect(text.occurrences(of: word) == 1, "\(word)")
        }
    }

    @Test("explicit page breaks never produce blank pages")
    func pageBreaks() throws {
        // setup
        let spec = PDFDocumentSpec(blocks: [
            .pageBreak,
            .paragraph("one"),
            .pageBreak,
            .pageBreak,
            .paragraph("two"),
            .pageBreak,
        ])

        // act
        let pdf = try PDFRenderer.render(spec)

        // check
        #expect(try Poppler.pageCount(of: pdf) == 2)
        #expect(try Poppler.text(of: pdf, pages: 2...2).contains("two"))
    }

    @Test("page numbers read N / total and can be turned off")
    func pageNumbers() throws {
        // setup
        var spec = PDFDocumentSpec(blocks: [.paragraph("first"), .pageBreak, .paragraph("second")])

        // act
        let numbered = try Poppler.text(of: PDFRenderer.render(spec), layout: false)
        spec.showsPageNumbers = false
        let plain = try Poppler.text(of: PDFRenderer.render(spec), layout: false)

        // check
        #expect(numbered.contains("1 / 2"))
        #expect(numbered.contains("2 / 2"))
        #expect(!plain.contains("/ 2"))
    }

    @Test("an empty document is one blank page")
    func emptyDocument() throws {
        // setup
        let spec = PDFDocumentSpec(blocks: [])

        // act
        let pdf = try PDFRenderer.render(spec)

        // check
        #expect(try Poppler.pageCount(of: pdf) == 1)
    }

    @Test("landscape pages are wider than tall")
    func landscape() throws {
        // setup
        let spec = PDFDocumentSpec(pageSize: .a4Landscape, blocks: [.paragraph("landscape")])

        // act
        let size = try Poppler.info(of: PDFRenderer.render(spec))["Page size"] ?? ""

        // check
        #expect(size.hasPrefix("841.89 x 595.276"), "\(size)")
    }
}

import Foundation
import Testing
import TanbaDocuments

@Suite("Text comes out of the PDF as written")
struct TextExtractionTests {
    @Test("Russian, Kazakh and English text is extractable verbatim")
    func multilingualText() throws {
        // setup
        let spec = Fixtures.enrollmentOrder()

        // act
        let pdf = try PDFRenderer.render(spec)
        let text = try Poppler.text(of: pdf)

        // check
        #expect(text.contains(Fixtures.russianHeading))
        #expect(text.contains(Fixtures.kazakhParagraph))
        #expect(text.contains(Fixtures.englishLine))
        #expect(text.contains(Fixtures.kazakhAlphabetLine))
    }

    @Test("output is a complete PDF file")
    func pdfEnvelope() throws {
        // setup
        let spec = Fixtures.enrollmentOrder()

        // act
        let pdf = try PDFRenderer.render(spec)

        // check
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let tail = String(decoding: pdf.suffix(16), as: UTF8.self)
        #expect(tail.contains("%%EOF"))
    }

    @Test("metadata title and author are written")
    func metadata() throws {
        // setup
        let spec = Fixtures.enrollmentOrder()

        // act
        let info = try Poppler.info(of: try PDFRenderer.render(spec))

        // check
        #expect(info["Title"] == "Приказ о зачислении № 12-К")
        #expect(info["Author"] == "Tanba")
    }

    @Test("key-value labels and signature roles share a line with their values")
    func keyValueAndSignatures() throws {
        // setup
        let spec = Fixtures.enrollmentOrder()

        // act
        let lines = try Poppler.text(of: PDFRenderer.render(spec)).split(separator: "\n")

        // check
        #expect(lines.contains { $0.contains("ИИН") && $0.contains("050101650123") })
        #expect(lines.contains { $0.contains("Ректор") && $0.contains("А. Б. Сейткали") })
        #expect(lines.contains { $0.contains("Декан факультета") && $0.contains("Ғ. Ү. Һәмитова") })
    }

    @Test("control characters in user data are dropped, not printed as boxes")
    func controlCharacters() throws {
        // setup
        let spec = PDFDocumentSpec(blocks: [.paragraph("Әлия\u{0}\u{7} Нұрланова")])

        // act
        let text = try Poppler.text(of: PDFRenderer.render(spec))

        // check
        #expect(text.contains("Әлия Нұрланова"))
    }
}

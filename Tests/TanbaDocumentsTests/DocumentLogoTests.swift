import Foundation
import Testing
import TanbaDocuments

@Suite("Institution logo on documents")
struct DocumentLogoTests {
    /// A 1×1 red PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==") ?? Data()
    /// A black square in SVG.
    static let svg = Data(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#000"/></svg>"##.utf8)

    /// Dark pixels in the band above the institution's name, where the logo goes (72 dpi: one pixel a point).
    static func darkPixelsAboveTheName(_ pdf: Data) throws -> Int {
        let page = try Poppler.grayRaster(of: pdf, page: 1)
        var dark = 0
        for y in 45..<85 {
            for x in (page.width / 2 - 20)..<(page.width / 2 + 20) where page.value(x: x, y: y) < 100 {
                dark += 1
            }
        }
        return dark
    }

    @Test("an SVG logo is drawn above the name, and the name and number still print")
    func svgLogo() throws {
        var content = CertificateFixtures.certificate()
        let without = try PDFRenderer.render(try CertificateDocument.makeSpec(content, layout: .skma))
        content.logo = DocumentImage(format: .svg, data: Self.svg)
        let with = try PDFRenderer.render(try CertificateDocument.makeSpec(content, layout: .skma))
        // the black square fills about 40 × 40 points where, without it, only the name's first line was
        #expect(try Self.darkPixelsAboveTheName(with) > (try Self.darkPixelsAboveTheName(without)) + 1000)
        let text = try Poppler.text(of: with, pages: 1...1, layout: false)
        #expect(text.contains(CertificateFixtures.learnerName))
        #expect(text.contains(CertificateFixtures.registrationNumber))
        #expect(try Poppler.pageCount(of: with) == (try Poppler.pageCount(of: without)), "the logo does not push the footer to another page")
    }

    @Test("a PNG logo is embedded as an image on the certificate and the transcript")
    func pngLogo() throws {
        var certificate = CertificateFixtures.certificate()
        certificate.logo = DocumentImage(format: .png, data: Self.png)
        var transcript = CertificateFixtures.transcript()
        transcript.logo = DocumentImage(format: .png, data: Self.png)
        for pdf in [try PDFRenderer.render(try CertificateDocument.makeSpec(certificate, layout: .atyrau)),
                    try PDFRenderer.render(TranscriptDocument.makeSpec(transcript))] {
            let list = try Poppler.withTemporaryFile(pdf) { url in
                String(decoding: try Poppler.run("pdfimages", ["-list", url.path]), as: UTF8.self)
            }
            // a header, a rule, then one line per image
            #expect(list.split(separator: "\n").count == 3, "\(list)")
        }
    }

    @Test("an image that cannot be drawn is refused before it is stored, and fails a render rather than going missing")
    func undrawable() throws {
        #expect(DocumentImageCheck.draws(DocumentImage(format: .svg, data: Self.svg)))
        #expect(DocumentImageCheck.draws(DocumentImage(format: .png, data: Self.png)))
        let broken = DocumentImage(format: .svg, data: Data("<svg><rect".utf8))
        #expect(!DocumentImageCheck.draws(broken))
        #expect(!DocumentImageCheck.draws(DocumentImage(format: .png, data: Self.png.prefix(30))))
        var content = CertificateFixtures.certificate()
        content.logo = broken
        #expect(throws: DocumentRenderError.self) { try PDFRenderer.render(try CertificateDocument.makeSpec(content, layout: .skma)) }
    }
}

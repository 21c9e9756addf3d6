import Foundation
import Testing
import TanbaDocuments

@Suite("Certificates")
struct CertificateTests {
    static func content(for layout: CertificateLayout) -> CertificateContent {
        layout == .bilingual ? CertificateFixtures.bilingualCertificate() : CertificateFixtures.certificate()
    }

    @Test("every layout prints the learner and number, and its QR code scans to the exact URL", arguments: CertificateLayout.allCases)
    func layoutRoundTrip(layout: CertificateLayout) throws {
        // setup
        let spec = try CertificateDocument.makeSpec(Self.content(for: layout), layout: layout)

        // act
        let pdf = try PDFRenderer.render(spec)
        let text = try Poppler.text(of: pdf, layout: false)
        let firstPage = try Poppler.text(of: pdf, pages: 1...1, layout: false)
        let decoded = try ZBar.decode(pdf: pdf, page: 1, dpi: 200)

        // check
        #expect(firstPage.contains(CertificateFixtures.learnerName))
        #expect(firstPage.contains(CertificateFixtures.registrationNumber))
        #expect(firstPage.contains(CertificateFixtures.verificationURL), "URL printed under the code")
        #expect(text.contains(CertificateFixtures.learnerName))
        #expect(decoded == [CertificateFixtures.verificationURL])
    }

    @Test("page 1 is A4 landscape", arguments: CertificateLayout.allCases)
    func landscape(layout: CertificateLayout) throws {
        // setup
        let spec = try CertificateDocument.makeSpec(Self.content(for: layout), layout: layout)

        // act
        let info = try Poppler.info(of: PDFRenderer.render(spec))

        // check: pdfinfo prints "842 x 595 pts (A4)" for landscape A4.
        #expect(info["Page size"]?.hasPrefix("841.89 x 595.276") == true, "\(info["Page size"] ?? "none")")
    }

    @Test("the printed QR code is at least 30 mm wide")
    func qrCodeSize() throws {
        // setup: 30 mm at 72 dpi; the code is the only large black area on the right of page 1.
        let spec = try CertificateDocument.makeSpec(CertificateFixtures.certificate(), layout: .atyrau)
        let minimum = 30.0 / 25.4 * 72

        // act: scan every row for the widest dark span in the right third of the page.
        let image = try Poppler.grayRaster(of: PDFRenderer.render(spec), page: 1, dpi: 72)
        var left = image.width
        var right = 0
        for y in image.height / 2..<image.height {
            for x in (image.width * 2 / 3)..<(image.width - 40) where image.value(x: x, y: y) < 80 {
                left = min(left, x)
                right = max(right, x)
            }
        }

        // check
        #expect(Double(right - left + 1) >= minimum, "code spans \(right - left + 1) pt")
    }

    @Test("AITU appendix lists every course with its topics and hours")
    func aituAppendix() throws {
        // setup
        let content = CertificateFixtures.certificate()
        let spec = try CertificateDocument.makeSpec(content, layout: .aitu)

        // act
        let pdf = try PDFRenderer.render(spec)
        let appendix = try Poppler.text(of: pdf, pages: 2...2, layout: false)

        // check
        #expect(try Poppler.pageCount(of: pdf) == 2)
        for course in content.courses {
            #expect(appendix.contains(course.title))
            #expect(appendix.contains(course.hours))
        }
        #expect(appendix.contains("Приложение к свидетельству № MC-2026-000123"))
    }

    @Test("ECTS layout prints level, assessment and every learning outcome")
    func ectsDetails() throws {
        // setup
        let content = CertificateFixtures.certificate()
        let spec = try CertificateDocument.makeSpec(content, layout: .ects)

        // act
        let text = try Poppler.text(of: PDFRenderer.render(spec), layout: false)

        // check
        #expect(text.contains("Уровень НРК: 6"))
        #expect(text.contains("итоговый проект и компьютерное тестирование"))
        for outcome in CertificateFixtures.outcomes {
            #expect(text.contains(outcome))
        }
    }

    @Test("bilingual layout prints both languages")
    func bilingual() throws {
        // setup
        let spec = try CertificateDocument.makeSpec(CertificateFixtures.bilingualCertificate(), layout: .bilingual)

        // act
        let text = try Poppler.text(of: PDFRenderer.render(spec), pages: 1...1, layout: false)

        // check
        #expect(text.contains("СЕРТИФИКАТ"))
        #expect(text.contains("CERTIFICATE"))
        #expect(text.contains("Data Analysis in Healthcare"))
        #expect(text.contains("Анализ данных в здравоохранении"))
    }

    @Test("a ready-made QR code for another link is refused")
    func mismatchedCode() throws {
        // setup
        let content = CertificateFixtures.certificate()
        let other = try CertificateDocument.verificationCode(for: content.verificationURL + "x")

        // act / check
        #expect(throws: QRCodeError.mismatchedText) {
            try CertificateDocument.makeSpec(content, layout: .atyrau, code: other)
        }
    }

    @Test("an empty verification URL is rejected before rendering")
    func emptyURL() throws {
        // setup
        var content = CertificateFixtures.certificate()
        content.verificationURL = ""

        // act / check
        #expect(throws: QRCodeError.emptyText) {
            try CertificateDocument.makeSpec(content, layout: .atyrau)
        }
    }
}

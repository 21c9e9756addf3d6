import Foundation
import Testing
import TanbaDocuments

@Suite("Trilingual certificate")
struct TrilingualCertificateTests {
    /// The bilingual fixture (ru | en) with Kazakh as a third column.
    static func trilingual() -> CertificateContent {
        var content = CertificateFixtures.bilingualCertificate()
        content.institutionNameThird = "Kh. Dosmukhamedov Atyrau University"
        content.thirdLanguage = CertificateTranslation(
            documentTitle: "СЕРТИФИКАТ",
            documentSubtitle: "микробіліктілік туралы",
            learnerIntro: "Осы арқылы куәландырылады",
            completionStatement: "микробіліктілік бағдарламасы бойынша оқуды сәтті аяқтады",
            programTitle: "«Денсаулық сақтаудағы деректерді талдау»",
            datesLine: "2026 жылғы 10 ақпаннан 20 сәуірге дейін",
            hoursCreditsLine: "150 академиялық сағат (5 ECTS кредиті)",
            learningOutcomesTitle: "Оқу нәтижелері",
            learningOutcomes: ["Клиникалық деректерге сипаттамалық статистиканы қолданады."],
            verificationCaption: "Тексеру: QR-кодты сканерлеңіз",
            qualificationLine: "«Деректер талдаушысы» микробіліктілігі беріле отырып")
        return content
    }

    @Test("three languages side by side on page 1, the QR code still scanning, outcomes in all three after")
    func threeColumns() throws {
        let pdf = try PDFRenderer.render(try CertificateDocument.makeSpec(Self.trilingual(), layout: .bilingual))
        let first = try Poppler.text(of: pdf, pages: 1...1, layout: false)
        let flat = first.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("CERTIFICATE"))
        #expect(flat.contains("Осы арқылы куәландырылады"))
        #expect(flat.contains("This is to certify that"))
        #expect(flat.contains("«Деректер талдаушысы» микробіліктілігі беріле отырып"))
        #expect(flat.contains("Kh. Dosmukhamedov Atyrau University"))
        #expect(first.contains(CertificateFixtures.learnerName))
        #expect(try ZBar.decode(pdf: pdf, page: 1, dpi: 200) == [CertificateFixtures.verificationURL])
        let all = try Poppler.text(of: pdf, layout: false)
        #expect(all.contains("Клиникалық деректерге сипаттамалық статистиканы қолданады."))
        #expect(all.contains("Applies descriptive statistics to clinical data."))
        // the footer stays on page 1: the text area shrinks to fit rather than spilling over
        #expect(try Poppler.pageCount(of: pdf) == (try Poppler.pageCount(of: try PDFRenderer.render(
            try CertificateDocument.makeSpec(CertificateFixtures.bilingualCertificate(), layout: .bilingual)))))
    }
}

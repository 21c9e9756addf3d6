import Foundation
import Testing
import TanbaDocuments

@Suite("Transcripts")
struct TranscriptTests {
    @Test("every discipline row, the totals and the GPA are printed")
    func rowsAndTotals() throws {
        // setup
        let spec = TranscriptDocument.makeSpec(CertificateFixtures.transcript())

        // act: layout mode keeps each table row on one line.
        let text = try Poppler.text(of: PDFRenderer.render(spec))
        let lines = text.split(separator: "\n").map(String.init)

        // check
        for discipline in CertificateFixtures.disciplines {
            let row = lines.first { $0.contains(discipline.title) }
            #expect(row != nil, "row for \(discipline.title)")
            for value in [discipline.points, discipline.letterGrade, discipline.gradePoints] {
                #expect(row?.contains(value) == true, "\(value) in row \(discipline.title)")
            }
        }
        #expect(text.contains(CertificateFixtures.learnerName))
        #expect(text.contains("MC-2026-000123"))
        #expect(lines.contains { $0.contains("Средний балл (GPA)") && $0.contains("3,73") })
        #expect(lines.contains { $0.contains("Освоено кредитов") && $0.contains("5") })
        #expect(lines.contains { $0.contains("Всего часов") && $0.contains("150") })
    }

    @Test("a long transcript continues on further pages with every row")
    func longTranscript() throws {
        // setup
        var content = CertificateFixtures.transcript()
        content.disciplines = (1...40).map {
            TranscriptDiscipline(title: "Модуль \($0)", topics: "Тема \($0)", credits: "1", hours: "30", points: "90", letterGrade: "A-", gradePoints: "3,67")
        }

        // act
        let pdf = try PDFRenderer.render(TranscriptDocument.makeSpec(content))
        let text = try Poppler.text(of: pdf, layout: false)

        // check
        #expect(try Poppler.pageCount(of: pdf) > 1)
        for index in 1...40 {
            #expect(text.contains("Модуль \(index)\n") || text.contains("Модуль \(index) "), "Модуль \(index)")
        }
    }
}

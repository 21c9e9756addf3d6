import Foundation
import Testing
import TanbaDocuments

@Suite("Commission protocols")
struct CommissionProtocolTests {
    @Test("members with roles and attendance, votes and decisions are printed")
    func membersAndDecisions() throws {
        // setup
        let spec = CommissionProtocolDocument.makeSpec(CertificateFixtures.commissionProtocol())

        // act
        let pdf = try PDFRenderer.render(spec)
        // Table cells wrap long names onto two lines; compare with line breaks as spaces.
        let raw = try Poppler.text(of: pdf, layout: false).replacingOccurrences(of: "\n", with: " ")
        let lines = try Poppler.text(of: pdf).split(separator: "\n").map(String.init)

        // check
        #expect(raw.contains("ПРОТОКОЛ № 3"))
        #expect(raw.contains("приказом ректора № 45-П"))
        for member in CertificateFixtures.commissionMembers {
            #expect(raw.contains(member.name))
        }
        #expect(lines.contains { $0.contains("Ким Виктор Сергеевич") && $0.contains("отсутствует") })
        #expect(lines.contains { $0.contains("Сейткали") && $0.contains("Председатель") })
        for decision in CertificateFixtures.decisions {
            #expect(raw.contains(decision.learnerName))
        }
        #expect(raw.contains("Присвоить микроквалификацию"))
        #expect(raw.contains("Отказать в присвоении"))
        #expect(lines.contains { $0.contains("Ермеков") && $0.contains(" 1 ") && $0.contains(" 2 ") })
        // Chair and secretary sign.
        #expect(raw.contains("Председатель комиссии"))
        #expect(raw.contains("Секретарь комиссии"))
        #expect(raw.contains("А. Б. Сейткали"))
        #expect(try Poppler.pageCount(of: pdf) == 1)
    }
}

import Foundation
import Testing
@testable import TanbaCore

@Suite struct TeachingKitRulesTests {
    func full(_ disciplines: Int) -> [TeachingKitSlot: UUID] {
        var uploads: [TeachingKitSlot: UUID] = [:]
        for discipline in 1...disciplines {
            for kind in TeachingKitDocumentKind.allCases { uploads[TeachingKitSlot(discipline: discipline, kind: kind)] = UUID() }
        }
        return uploads
    }

    @Test func everyDisciplineNeedsItsSyllabusAssessmentFundAndResourceMap() throws {
        var uploads = full(2)
        uploads[TeachingKitSlot(discipline: 2, kind: .assessmentFund)] = nil
        uploads[TeachingKitSlot(discipline: 1, kind: .syllabus)] = nil
        let kit = TeachingKit(disciplineCount: 2, uploads: uploads, approval: nil)
        #expect(kit.missing == [TeachingKitSlot(discipline: 1, kind: .syllabus), TeachingKitSlot(discipline: 2, kind: .assessmentFund)])
        #expect(!kit.isComplete)
        let today = try #require(CalendarDay(year: 2026, month: 9, day: 1))
        #expect(kit.approvalProblems(protocolNumber: " ", meetingDate: today, today: today)
            == [.incomplete(missing: kit.missing), .protocolNumberMissing])
        #expect(TeachingKit(disciplineCount: 0, uploads: [:], approval: nil).isComplete == false, "a program without disciplines has no kit")
    }

    @Test func anApprovalCoversTheDocumentsItSawAndNotALaterOne() throws {
        let meeting = try #require(CalendarDay(year: 2026, month: 8, day: 28))
        var uploads = full(1)
        let approval = TeachingKit.Approval(protocolNumber: "7", meetingDate: meeting, documents: Set(uploads.values))
        #expect(TeachingKit(disciplineCount: 1, uploads: uploads, approval: approval).isApproved)
        #expect(TeachingKit(disciplineCount: 1, uploads: uploads, approval: approval)
            .approvalProblems(protocolNumber: "8", meetingDate: meeting, today: meeting) == [.alreadyApproved])
        uploads[TeachingKitSlot(discipline: 1, kind: .syllabus)] = UUID()
        let changed = TeachingKit(disciplineCount: 1, uploads: uploads, approval: approval)
        #expect(!changed.isApproved)
        #expect(changed.approvalProblems(protocolNumber: "8", meetingDate: meeting.adding(days: 1), today: meeting)
            == [.meetingInTheFuture(today: meeting)])
    }

    @Test func skmaRequiresTheKitBeforeAnIntakeAndTheOthersKeepItOptional() {
        #expect(PolicyPresets.skma2026.requiresTeachingKit)
        #expect(PolicyPresets.all.filter(\.requiresTeachingKit).map(\.name) == ["skma-2026"])
        #expect(Permission.keepTeachingKits.roles == [.programDeveloper])
        #expect(Permission.approveTeachingKits.roles == [.internalExpert])
    }
}

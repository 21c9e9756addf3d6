import Foundation
import Testing
@testable import TanbaCore

@Suite struct UploadRulesTests {
    let rules = UploadRules(maximumBytes: 1024)

    @Test func recognisesFilesByContentNotName() throws {
        #expect(try rules.check(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(try rules.check([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) == .jpeg)
        #expect(try rules.check([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
    }

    @Test func refusesExecutablesEmptyAndOversizedFiles() {
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        #expect(throws: UploadError.unsupportedType) { try rules.check(elf) }
        #expect(throws: UploadError.unsupportedType) { try rules.check(Array("MZ\u{90}".utf8)) }
        #expect(throws: UploadError.empty) { try rules.check([UInt8]()) }
        #expect(throws: UploadError.tooLarge(limitBytes: 1024)) { try rules.check(Array("%PDF-".utf8) + [UInt8](repeating: 0, count: 1024)) }
    }
}

@Suite struct ApplicationReviewTests {
    @Test func aGrantFundedPlaceWithoutAContractIsListedAsFundedByTheGrant() {
        #expect(ApplicationReview.contractEntry(contractNumber: " ", payment: .grantFunded) == .grantFunded)
        #expect(ApplicationReview.contractEntry(contractNumber: "Д-7", payment: .grantFunded) == .number("Д-7"))
        #expect(ApplicationReview.contractEntry(contractNumber: "Д-8 ", payment: .paid) == .number("Д-8"))
    }

    @Test func acceptingNeedsTheDocumentsAndThePrerequisiteCheck() throws {
        #expect(throws: ApplicationReview.Failure.documentMissing(.identityDocument)) {
            try ApplicationReview.accept(from: .submitted, documents: [], programHasPrerequisites: false, prerequisitesChecked: false)
        }
        #expect(throws: ApplicationReview.Failure.documentMissing(.diploma)) {
            try ApplicationReview.accept(from: .submitted, documents: [.identityDocument], programHasPrerequisites: true,
                                         prerequisitesChecked: true)
        }
        #expect(throws: ApplicationReview.Failure.prerequisitesNotChecked) {
            try ApplicationReview.accept(from: .submitted, documents: [.identityDocument, .transcript],
                                         programHasPrerequisites: true, prerequisitesChecked: false)
        }
        #expect(try ApplicationReview.accept(from: .submitted, documents: [.identityDocument], programHasPrerequisites: false,
                                             prerequisitesChecked: false) == .accepted)
    }

    @Test func refusalNeedsAReason() throws {
        #expect(throws: ApplicationReview.Failure.reasonRequired) { try ApplicationReview.reject(from: .submitted, reason: " ") }
        #expect(try ApplicationReview.reject(from: .accepted, reason: "Нет диплома") == .rejected)
        #expect(throws: ApplicationReview.Failure.illegalTransition(from: .enrolled, to: .rejected)) {
            try ApplicationReview.reject(from: .enrolled, reason: "x")
        }
    }

    @Test func onlySettledApplicationsGoIntoTheOrder() throws {
        #expect(throws: ApplicationReview.Failure.notReadyForOrder) {
            try ApplicationReview.enroll(from: .accepted, contractNumber: "", payment: .paid)
        }
        #expect(throws: ApplicationReview.Failure.notReadyForOrder) {
            try ApplicationReview.enroll(from: .accepted, contractNumber: "Д-15", payment: .pending)
        }
        #expect(try ApplicationReview.enroll(from: .accepted, contractNumber: "Д-15", payment: .paid) == .enrolled)
        #expect(try ApplicationReview.enroll(from: .accepted, contractNumber: "", payment: .grantFunded) == .enrolled)
        #expect(throws: ApplicationReview.Failure.illegalTransition(from: .submitted, to: .enrolled)) {
            try ApplicationReview.enroll(from: .submitted, contractNumber: "Д-1", payment: .paid)
        }
    }
}

@Suite struct TengeTests {
    @Test func parsesAndPrintsAmountsExactly() {
        #expect(Tenge(parsing: "150 000")?.tiyn == 15_000_000)
        #expect(Tenge(parsing: "150000,5")?.tiyn == 15_000_050)
        #expect(Tenge(parsing: "-5") == nil)
        #expect(Tenge(parsing: "12abc") == nil)
        #expect(Tenge(tiyn: 15_000_050).description == "150 000,50")
        #expect(Tenge(tiyn: 99_900).description == "999")
    }
}

@Suite struct GradeImportReaderTests {
    @Test func readsRowsAndReportsEveryBadLineWithItsNumber() {
        // setup
        let csv = """
        learner;discipline;current_control;midterm;exam
        aigerim;1;85;90;
        "Нұрлан";2;101;80;70
        ;1;50;50;50
        dana;x;50;50;50
        erlan;1;;;75
        """
        // act
        let (rows, problems) = GradeImportReader.read(Data(csv.utf8))
        // check
        #expect(rows.map(\.learner) == ["aigerim", "erlan"])
        #expect(rows.first?.points == [.currentControl: 85, .midterm: 90])
        #expect(rows.last?.points == [.exam: 75])
        #expect(problems.map(\.line) == [3, 4, 5])
        #expect(problems.map(\.key) == ["import.points_invalid", "import.learner_missing", "import.discipline_invalid"])
    }

    @Test func aMissingHeaderIsOneClearProblem() {
        let (rows, problems) = GradeImportReader.read(Data("a,b\n1,2\n".utf8))
        #expect(rows.isEmpty)
        #expect(problems.first?.key == "import.header")
    }

    @Test func csvRoundTripsQuotesAndCyrillic() throws {
        let data = CSV.write([["learner", "name"], ["x", "Әлия \"Ақ\", Нұр"]])
        let records = try CSV.parse(data)
        #expect(records.map(\.fields) == [["learner", "name"], ["x", "Әлия \"Ақ\", Нұр"]])
    }
}

@Suite struct ApplicationDocumentsTests {
    @Test func aProgramWithPrerequisitesWantsTheDiplomaOrATranscriptFromTheStart() throws {
        #expect(throws: ApplicationReview.Failure.documentMissing(.identityDocument)) {
            try ApplicationReview.checkDocuments([.diploma], programHasPrerequisites: false)
        }
        #expect(throws: ApplicationReview.Failure.documentMissing(.diploma)) {
            try ApplicationReview.checkDocuments([.identityDocument], programHasPrerequisites: true)
        }
        try ApplicationReview.checkDocuments([.identityDocument, .transcript], programHasPrerequisites: true)
        try ApplicationReview.checkDocuments([.identityDocument], programHasPrerequisites: false)
    }
}

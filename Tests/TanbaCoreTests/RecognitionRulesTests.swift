import Foundation
import Testing
@testable import TanbaCore

@Suite struct RecognitionDeadlineTests {
    let deadlines = RecognitionDeadlines(calendar: KazakhstanHolidays.calendar)

    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    @Test func anApplicationIsOnTimeUpToFiveWorkingDaysBeforeThePeriodCountingPastNauryz() throws {
        // Period starts Monday 30 March 2026; Nauryz and its moved days (23-25 March) do not count.
        let start = try day("2026-03-30")
        #expect(try deadlines.applicationDue(periodStartsOn: start).iso == "2026-03-18")
        try deadlines.checkApplication(filedOn: try day("2026-03-18"), periodStartsOn: start)
        #expect(throws: RecognitionDeadlines.Problem.late(dueOn: try day("2026-03-18"))) {
            try deadlines.checkApplication(filedOn: try day("2026-03-19"), periodStartsOn: start)
        }
        #expect(throws: RecognitionDeadlines.Problem.periodStarted(start)) {
            try deadlines.checkApplication(filedOn: start, periodStartsOn: start)
        }
    }

    @Test func theDayBeforeAndAfterIndependenceDayDecideALateApplication() throws {
        // Period starts Tuesday 22 December 2026; 16 December (Wed) is a holiday:
        // 21, 18, 17, 15, 14 → due Monday 14 December.
        let start = try day("2026-12-22")
        #expect(try deadlines.applicationDue(periodStartsOn: start).iso == "2026-12-14")
        try deadlines.checkApplication(filedOn: try day("2026-12-14"), periodStartsOn: start)
        #expect(throws: RecognitionDeadlines.Problem.late(dueOn: try day("2026-12-14"))) {
            try deadlines.checkApplication(filedOn: try day("2026-12-15"), periodStartsOn: start)
        }
    }

    @Test func theExpertConclusionIsDueThreeWorkingDaysAfterReferral() throws {
        // 7 May is a holiday and Victory Day on Saturday 9 May gives Monday 11 May off: 8, 12, 13.
        #expect(try deadlines.conclusionDue(referredOn: try day("2026-05-06")).iso == "2026-05-13")
        #expect(try deadlines.conclusionDue(referredOn: try day("2026-11-16")).iso == "2026-11-19")
    }
}

@Suite struct RecognitionStatusTests {
    @Test func aCaseOnlyMovesForwardOneStepAtATimeExceptAnAutomaticRecognition() {
        #expect(RecognitionStatus.submitted.mayMove(to: .withExperts))
        #expect(!RecognitionStatus.submitted.mayMove(to: .decided))
        #expect(RecognitionStatus.submitted.mayMove(to: .decided, automatic: true))
        #expect(!RecognitionStatus.withExperts.mayMove(to: .decided, automatic: true))
        #expect(!RecognitionStatus.decided.mayMove(to: .withExperts))
        #expect(RecognitionStatus.entered.next == nil)
        #expect(RecognitionSourceKind.nonFormal.requiresInterview && !RecognitionSourceKind.moocPlatform.requiresInterview)
    }
}

@Suite struct GradeConversionTests {
    let aitu = GradeConversion(scale: .kazakhstan())
    let skma = GradeConversion(scale: .kazakhstan(lowestPassLabel: "D"))

    @Test func aPercentageBecomesTheLetterOfItsBandRoundedHalfUp() throws {
        #expect(try aitu.convert(.percent(87)).letter == "B+")
        #expect(try aitu.convert(.percent(Decimal(string: "89.5")!)) == .graded(try GradeScale.kazakhstan().grade(forPoints: 90), points: 90))
        #expect(try aitu.convert(.percent(Decimal(string: "89.4")!)).letter == "B+")
        #expect(try aitu.convert(.percent(50)).letter == "D-")
        #expect(try skma.convert(.percent(50)).letter == "D")
        #expect(throws: GradeConversion.Problem.notPassed) { try aitu.convert(.percent(49)) }
        #expect(throws: GradeConversion.Problem.percentOutOfRange) { try aitu.convert(.percent(101)) }
    }

    @Test func aLetterOfTheScaleIsKeptAndAnyOtherAsksForThePercentage() throws {
        #expect(try aitu.convert(.letter(" a- ")).letter == "A-")
        #expect(throws: GradeConversion.Problem.letterNotOnScale("A+")) { try aitu.convert(.letter("A+")) }
        #expect(throws: GradeConversion.Problem.notPassed) { try aitu.convert(.letter("FX")) }
        #expect(throws: GradeConversion.Problem.letterNotOnScale("D-")) { try skma.convert(.letter("D-")) }
    }

    @Test func aPassWithoutAGradeTransfersCreditsWithoutALetter() throws {
        #expect(try aitu.convert(.passFail(passed: true)) == .passed)
        #expect(try aitu.convert(.passFail(passed: true)).letter == nil)
        #expect(throws: GradeConversion.Problem.notPassed) { try aitu.convert(.passFail(passed: false)) }
    }
}

@Suite struct TuitionReductionTests {
    @Test func theReductionIsPricePerCreditTimesCreditsToTheTiyn() throws {
        let price = try #require(Tenge(parsing: "18 333,33"))
        #expect(TuitionReduction(pricePerCredit: price, credits: Credits(5)).amount == Tenge(tiyn: 9_166_665))
        // 4.5 credits × 18 333,33 = 82 499,985 → 82 499,99 (half up, in the learner's favour)
        #expect(TuitionReduction(pricePerCredit: price, credits: Credits(hundredths: 450)).amount == Tenge(tiyn: 8_249_999))
        #expect(TuitionReduction(pricePerCredit: Tenge(tiyn: 0), credits: Credits(6)).amount == Tenge(tiyn: 0))
        // 0.1 + 0.2 credits add up exactly: no floating point anywhere
        let credits = Credits(hundredths: 10) + Credits(hundredths: 20)
        #expect(TuitionReduction(pricePerCredit: Tenge(tiyn: 100_000_00), credits: credits).amount == Tenge(tiyn: 30_000_00))
    }
}

@Suite struct ComparisonSheetTests {
    func sheet(_ verdicts: [ComparisonSheet.Element: ComparisonSheet.Verdict], proposal: ComparisonSheet.Proposal,
               matches: [ComparisonSheet.OutcomeMatch] = [.init(source: "Writes Python scripts", targets: [1, 2])],
               justification: String = "see syllabus") -> ComparisonSheet {
        ComparisonSheet(assessments: verdicts.mapValues { .init($0, $0 == .matches ? "" : justification) },
                        outcomeMatches: matches, targetOutcomeCount: 4, proposal: proposal)
    }

    var allMatch: [ComparisonSheet.Element: ComparisonSheet.Verdict] {
        Dictionary(uniqueKeysWithValues: ComparisonSheet.Element.allCases.map { ($0, .matches) })
    }

    @Test func coverageCountsEachTargetOutcomeOnce() {
        let sheet = sheet(allMatch, proposal: .full, matches: [.init(source: "a", targets: [1, 2]), .init(source: "b", targets: [2, 3])])
        #expect(sheet.coveredTargets == [1, 2, 3])
        #expect(sheet.coveragePercent == 75)
        #expect(sheet.problems.isEmpty)
    }

    @Test func recognitionIsRefusedOnlyForASubstantialDifferenceAndFullRecognitionCannotIgnoreOne() {
        var verdicts = allMatch
        verdicts[.volume] = .substantialDifference
        #expect(sheet(verdicts, proposal: .full).problems == [.fullDespiteSubstantialDifference([.volume])])
        #expect(sheet(verdicts, proposal: .none).problems.isEmpty)
        #expect(sheet(verdicts, proposal: .none).substantialDifferences == [.volume])
        verdicts[.volume] = .minorDifference
        #expect(sheet(verdicts, proposal: .none).problems == [.refusalWithoutSubstantialDifference])
    }

    @Test func everyElementIsJudgedAndEveryDifferenceExplained() {
        var verdicts = allMatch
        verdicts[.level] = nil
        verdicts[.assessment] = .minorDifference
        let incomplete = sheet(verdicts, proposal: .partial, matches: [.init(source: "x", targets: [7])], justification: " ")
        #expect(incomplete.problems == [.justificationMissing(.assessment), .elementNotAssessed(.level), .unknownTargetOutcome(7)])
    }
}

@Suite struct RecognitionDecisionTests {
    let chair = CommissionMember(id: UUID(), kind: .teachingStaff, role: .chair)
    let member = CommissionMember(id: UUID(), kind: .employer, role: .member)
    let third = CommissionMember(id: UUID(), kind: .teachingStaff, role: .member)
    let fourth = CommissionMember(id: UUID(), kind: .teachingStaff, role: .member)
    var members: [CommissionMember] { [chair, member, third, fourth] }
    var everyone: Set<UUID> { Set(members.map(\.id)) }

    @Test func aMajorityOfThoseTakingPartAdoptsTheProposal() throws {
        let votes = [chair.id: AttestationVote.award, member.id: .award, third.id: .refuse]
        let decision = try RecognitionDecision.decide(proposal: .partial, members: members, present: [chair.id, member.id, third.id],
                                                      votes: votes, rules: .standard, reasons: "")
        #expect(decision.outcome == .partiallyGranted)
        #expect(decision.votesFor == 2 && decision.votesAgainst == 1)
    }

    @Test func aTieIsBrokenByTheChairOrVotedAgain() throws {
        let votes = [chair.id: AttestationVote.award, member.id: .award, third.id: .refuse, fourth.id: .refuse]
        #expect(try RecognitionDecision.decide(proposal: .full, members: members, present: everyone, votes: votes,
                                               rules: .standard, reasons: "").outcome == .granted)
        let noCastingVote = CommissionRules(chairCastsTieBreak: false)
        #expect(throws: RecognitionDecision.Problem.tie) {
            try RecognitionDecision.decide(proposal: .full, members: members, present: everyone, votes: votes, rules: noCastingVote, reasons: "")
        }
    }

    @Test func aRefusalIsNeverRecordedWithoutItsReasons() throws {
        let against = Dictionary(uniqueKeysWithValues: members.map { ($0.id, AttestationVote.refuse) })
        #expect(throws: RecognitionDecision.Problem.reasonsMissing) {
            try RecognitionDecision.decide(proposal: .full, members: members, present: everyone, votes: against, rules: .standard, reasons: "  ")
        }
        let refused = try RecognitionDecision.decide(proposal: .full, members: members, present: everyone, votes: against,
                                                     rules: .standard, reasons: "Объём 12 ч против 150 ч дисциплины")
        #expect(refused.outcome == .refused && !refused.outcome.recognisesCredits)
        // adopting a proposal of no recognition is a refusal too, and needs reasons as well
        let forNone = Dictionary(uniqueKeysWithValues: members.map { ($0.id, AttestationVote.award) })
        #expect(throws: RecognitionDecision.Problem.reasonsMissing) {
            try RecognitionDecision.decide(proposal: .none, members: members, present: everyone, votes: forNone, rules: .standard, reasons: "")
        }
    }

    @Test func withoutQuorumNothingIsDecided() {
        #expect(throws: RecognitionDecision.Problem.voting(.noQuorum(present: 1, required: 3))) {
            try RecognitionDecision.decide(proposal: .full, members: members, present: [chair.id], votes: [chair.id: .award],
                                           rules: .standard, reasons: "")
        }
    }
}

@Suite struct RecognitionBodyRulesTests {
    let ids = (0..<6).map { _ in UUID() }

    @Test func aCommissionHasAChairASecretaryAndThreeWhoVote() {
        let rules = RecognitionBodyRules(.commission)
        let members = [RecognitionBodyMember(userID: ids[0], seat: .chair, kind: .administrativeStaff),
                       RecognitionBodyMember(userID: ids[1], seat: .secretary, kind: .administrativeStaff),
                       RecognitionBodyMember(userID: ids[2], seat: .member, kind: .teachingStaff),
                       RecognitionBodyMember(userID: ids[3], seat: .member, kind: .employer)]
        #expect(rules.problems(orderNumber: "12-П", orderDate: "2026-09-01", members: members).isEmpty)
        #expect(rules.problems(orderNumber: " ", orderDate: "01.09.2026", members: Array(members.prefix(3)))
                == [.orderNumberMissing, .orderDateInvalid, .tooFewVoting(minimum: 3)])
        let twoChairs = members + [RecognitionBodyMember(userID: ids[0], seat: .chair, kind: .teachingStaff)]
        #expect(rules.problems(orderNumber: "1", orderDate: "2026-09-01", members: twoChairs)
                == [.seatCount(.chair, found: 2), .duplicateMember(ids[0])])
        // the secretary does not vote
        #expect(!RecognitionSeat.secretary.votes && members[0].asCommissionMember.role == .chair)
    }

    @Test func anExpertGroupJoinsTeachersAndPractitioners() {
        let rules = RecognitionBodyRules(.expertGroup)
        let teachers = [RecognitionBodyMember(userID: ids[0], seat: .chair, kind: .teachingStaff),
                        RecognitionBodyMember(userID: ids[1], seat: .secretary, kind: .administrativeStaff),
                        RecognitionBodyMember(userID: ids[2], seat: .member, kind: .teachingStaff)]
        #expect(rules.problems(orderNumber: "13-П", orderDate: "2026-09-01", members: teachers) == [.expertGroupNeedsTeacherAndPractitioner])
        let mixed = teachers + [RecognitionBodyMember(userID: ids[3], seat: .member, kind: .specialist)]
        #expect(rules.problems(orderNumber: "13-П", orderDate: "2026-09-01", members: mixed).isEmpty)
    }
}

@Suite struct RecognitionApplicationTests {
    let today = CalendarDay(iso: "2026-12-07")!

    func application(kind: RecognitionSourceKind = .moocPlatform, hours: Int? = 40, credits: Credits? = nil,
                     documents: Set<RecognitionDocumentKind> = [.identityDocument, .certificate, .syllabus],
                     credential: Bool = false, onBehalf: Bool = false, targets: [String] = ["PRG1101"]) -> RecognitionApplication {
        RecognitionApplication(
            purpose: .creditTransfer,
            source: RecognitionSource(kind: kind, issuer: "Coursera / University of Michigan", country: "США",
                                      title: "Python for Everybody", hours: hours, credits: credits,
                                      grade: .percent(92), completedOn: CalendarDay(iso: "2026-10-01")),
            targetDisciplines: targets, documents: documents, hasCredential: credential, filedOnBehalf: onBehalf)
    }

    @Test func aMOOCCertificateWithTheIdentityDocumentAndTheSyllabusCanBeFiled() {
        #expect(application().problems(today: today).isEmpty)
        #expect(application().source.workload(hoursPerCredit: 30) == 40)
        #expect(application(hours: nil, credits: Credits(5)).source.workload(hoursPerCredit: 30) == 150)
    }

    @Test func theDocumentsAskedForDependOnTheSourceAndOnWhoFiles() {
        #expect(application(kind: .university).problems(today: today) == [.documentMissing(.transcript)])
        #expect(application(documents: [.identityDocument, .syllabus], credential: true).problems(today: today).isEmpty)
        #expect(application(documents: [.identityDocument, .syllabus]).problems(today: today) == [.documentMissing(.certificate)])
        #expect(application(onBehalf: true).problems(today: today) == [.documentMissing(.application)])
    }

    @Test func everyMistakeIsNamedOnce() {
        var bad = application(hours: nil, targets: [])
        bad.source.issuer = " "
        bad.source.completedOn = CalendarDay(iso: "2027-01-10")
        #expect(bad.problems(today: today) == [.fieldMissing("issuer"), .workloadMissing, .completedInFuture, .noTargetDiscipline])
        #expect(application(hours: 0).problems(today: today) == [.hoursInvalid])
    }
}

@Suite struct ExpertConclusionTests {
    let python = DegreeDiscipline(code: "PRG1101", name: "Программирование на Python", credits: Credits(5), period: 1,
                                  learningOutcomes: ["Пишет программы", "Применяет структуры данных", "Тестирует код"])
    let source = RecognitionSource(kind: .moocPlatform, issuer: "Coursera", country: "США", title: "Python for Everybody",
                                   hours: 120, credits: nil, grade: .percent(Decimal(string: "92.5")!), completedOn: nil)
    let rules = ExpertConclusionRules(scale: .kazakhstan())

    func sheet(_ proposal: ComparisonSheet.Proposal, volume: ComparisonSheet.Verdict = .matches) -> ComparisonSheet {
        var assessments = Dictionary(uniqueKeysWithValues: ComparisonSheet.Element.allCases.map { ($0, ComparisonSheet.Assessment(.matches, "")) })
        assessments[.volume] = .init(volume, volume == .matches ? "" : "120 ч против 150 ч")
        return ComparisonSheet(assessments: assessments, outcomeMatches: [.init(source: "Writes Python", targets: [1, 2])],
                               targetOutcomeCount: 3, proposal: proposal)
    }

    @Test func theVolumeIsComparedInHoursAtThePolicysRate() {
        let volume = VolumeComparison(source: source, target: python, hoursPerCredit: 30)
        #expect(volume.targetHours == 150 && volume.sourceHours == 120 && volume.differenceHours == -30)
        #expect(volume.sourceCredits == Credits(4))
    }

    @Test func fullRecognitionCarriesTheDisciplinesCreditsAndTheConvertedGrade() throws {
        let conclusion = try rules.conclude(python, sheet: sheet(.full), partialCredits: nil, source: source)
        #expect(conclusion.credits == Credits(5))
        #expect(conclusion.grade?.letter == "A-")
    }

    @Test func partialRecognitionNeedsCreditsBetweenNoneAndAll() throws {
        let partial = sheet(.partial, volume: .minorDifference)
        let four = try rules.conclude(python, sheet: partial, partialCredits: Credits(4), source: source)
        #expect(four.credits == Credits(4))
        #expect(throws: ExpertConclusionRules.Problems(problems: [.partialCredits(discipline: "PRG1101")])) {
            try rules.conclude(python, sheet: partial, partialCredits: Credits(5), source: source)
        }
    }

    @Test func aFailedSourceGradeCannotBeRecognisedButCanBeRefused() throws {
        var failed = source
        failed.grade = .percent(40)
        #expect(throws: ExpertConclusionRules.Problems(problems: [.grade(discipline: "PRG1101", .notPassed)])) {
            try rules.conclude(python, sheet: sheet(.full), partialCredits: nil, source: failed)
        }
        let refusal = sheet(.none, volume: .substantialDifference)
        let refused = try rules.conclude(python, sheet: refusal, partialCredits: nil, source: failed)
        #expect(refused.credits == .zero && refused.grade == nil)
    }

    @Test func theCasesProposalFollowsItsDisciplines() throws {
        let full = try rules.conclude(python, sheet: sheet(.full), partialCredits: nil, source: source)
        let none = try rules.conclude(python, sheet: sheet(.none, volume: .substantialDifference), partialCredits: nil, source: source)
        #expect(ExpertConclusionRules.proposal(of: [full, full]) == .full)
        #expect(ExpertConclusionRules.proposal(of: [none]) == .none)
        #expect(ExpertConclusionRules.proposal(of: [full, none]) == .partial)
    }
}

@Suite struct RecognitionEntryTests {
    let python = RecognisedDiscipline(code: "PRG1101", name: "Программирование на Python", period: 1, credits: Credits(5), letter: "A-")
    let web = RecognisedDiscipline(code: "WEB2205", name: "Веб-разработка", period: 4, credits: Credits(hundredths: 250), letter: "B+")
    let refusedOne = RecognisedDiscipline(code: "ML3307", name: "ML", period: 5, credits: .zero, letter: nil)

    @Test func theRecognisedCreditsAndTheReductionAreExact() throws {
        let price = try #require(Tenge(parsing: "25 000"))
        let entry = try RecognitionEntryRules().entry(recognised: [python, web, refusedOne], orderNumber: "45-Д", orderDate: "2026-11-12",
                                                       decidedOn: "2026-11-10", pricePerCredit: price)
        #expect(entry.disciplines.map(\.code) == ["PRG1101", "WEB2205"])
        #expect(entry.credits == Credits(hundredths: 750))
        #expect(entry.reduction?.amount == Tenge(tiyn: 187_500_00))
        let grant = try RecognitionEntryRules().entry(recognised: [python], orderNumber: "45-Д", orderDate: "2026-11-12",
                                                      decidedOn: "2026-11-10", pricePerCredit: nil)
        #expect(grant.reduction == nil)
    }

    @Test func nothingIsEnteredFromARefusalOrBeforeTheDecision() {
        #expect(throws: RecognitionEntryRules.Problem.nothingRecognised) {
            try RecognitionEntryRules().entry(recognised: [refusedOne], orderNumber: "1", orderDate: "2026-11-12", decidedOn: "2026-11-10", pricePerCredit: nil)
        }
        #expect(throws: RecognitionEntryRules.Problem.orderBeforeDecision) {
            try RecognitionEntryRules().entry(recognised: [python], orderNumber: "1", orderDate: "2026-11-09", decidedOn: "2026-11-10", pricePerCredit: nil)
        }
        #expect(throws: RecognitionEntryRules.Problem.orderNumberMissing) {
            try RecognitionEntryRules().entry(recognised: [python], orderNumber: " ", orderDate: "2026-11-12", decidedOn: "2026-11-10", pricePerCredit: nil)
        }
    }
}

@Suite struct RecognitionStatisticsTests {
    @Test func casesAreCountedByPeriodAndBySourceKind() {
        let stats = RecognitionStatistics([
            .init(period: "Весна 2027", sourceKind: .moocPlatform, outcome: .granted),
            .init(period: "Весна 2027", sourceKind: .moocPlatform, outcome: .refused),
            .init(period: "Весна 2027", sourceKind: .university, outcome: .partiallyGranted),
            .init(period: "Осень 2027", sourceKind: .nonFormal, outcome: nil),
        ])
        #expect(stats.byPeriod.map(\.period) == ["Весна 2027", "Осень 2027"])
        #expect(stats.byPeriod[0].counts.granted == 1 && stats.byPeriod[0].counts.refused == 1 && stats.byPeriod[0].counts.partiallyGranted == 1)
        #expect(stats.byPeriod[1].counts.open == 1)
        #expect(stats.bySourceKind.map(\.kind) == [.university, .moocPlatform, .nonFormal])
        #expect(stats.bySourceKind[1].counts.total == 2)
        #expect(stats.total.total == 4)
    }
}

@Suite struct AutomaticRecognitionTests {
    let partner = "did:key:z6MkpartnerUniversity"
    let today = CalendarDay(iso: "2026-12-07")!
    var rule: EquivalencyRule {
        EquivalencyRule(issuerIDs: [partner], achievementID: "https://partner.example/achievements/python", achievementName: "Python Developer",
                        minimumPercent: 70, maximumAgeMonths: 24, validFrom: CalendarDay(iso: "2026-01-01")!, validUntil: nil,
                        targetProgramCode: "6B06102",
                        targets: [RecognisedDiscipline(code: "PRG1101", name: "Программирование на Python", period: 1, credits: Credits(5), letter: "B+")])
    }
    var providers: [TrustedProvider] { [TrustedProvider(name: "Partner University", country: "Казахстан", issuerIDs: [partner])] }

    func facts(issuer: String? = nil, percent: Decimal? = 85, issued: String = "2026-06-01") -> CredentialFacts {
        CredentialFacts(issuerID: issuer ?? partner, achievementID: "https://partner.example/achievements/python", achievementName: "Python Developer",
                        issuedOn: CalendarDay(iso: issued), percent: percent)
    }

    func match(_ facts: CredentialFacts?, verified: Bool = true, targets: Set<String> = ["PRG1101"]) throws(AutomaticRecognition.Refusal) -> EquivalencyRule {
        try AutomaticRecognition.match(verifiedCompletely: verified, status: verified ? "valid" : "invalid", facts: facts, providers: providers,
                                       rules: [rule], targetProgramCode: "6B06102", targetCodes: targets, today: today)
    }

    @Test func aVerifiedCredentialOfATrustedIssuerMatchingARuleIsRecognisedAtOnce() throws {
        #expect(try match(facts()) == rule)
    }

    @Test func anythingElseGoesTheManualWayWithItsReason() {
        #expect(throws: AutomaticRecognition.Refusal.noCredential) { try match(nil) }
        #expect(throws: AutomaticRecognition.Refusal.notVerified("invalid")) { try match(facts(), verified: false) }
        #expect(throws: AutomaticRecognition.Refusal.issuerNotTrusted("did:key:z6Mkother")) { try match(facts(issuer: "did:key:z6Mkother")) }
        #expect(throws: AutomaticRecognition.Refusal.belowMinimumGrade) { try match(facts(percent: 65)) }
        #expect(throws: AutomaticRecognition.Refusal.tooOld) { try match(facts(issued: "2024-12-06")) }
        #expect(throws: AutomaticRecognition.Refusal.targetsNotCovered) { try match(facts(), targets: ["PRG1101", "DB2203"]) }
    }

    @Test func monthsAreCalendarMonths() {
        #expect(CalendarDay(iso: "2026-01-31")!.adding(months: 1).iso == "2026-02-28")
        #expect(CalendarDay(iso: "2024-12-07")!.adding(months: 24).iso == "2026-12-07")
        #expect(CalendarDay(iso: "2026-03-15")!.adding(months: -3).iso == "2025-12-15")
    }
}

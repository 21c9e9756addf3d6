import Foundation
import Testing
@testable import TanbaCore

@Suite struct SurveyRulesTests {
    @Test func aLearnersFormNeedsEveryOutcomeSensibleHoursAndASatisfactionGrade() throws {
        let outcomes = ["РО1", "РО2"]
        guard case .failure(let refusal) = SurveyForm.learner(["outcome.РО1": "yes", "hours": "-3", "satisfaction": "6"],
                                                              outcomes: outcomes, declaredHours: 120) else {
            Issue.record("accepted a form with a missing outcome")
            return
        }
        #expect(refusal.problems == [.outcomeUnanswered("РО2"), .hoursInvalid, .satisfactionMissing])
        // more than ten times the declared workload is a typing slip, not an answer
        guard case .failure(let tooMany) = SurveyForm.learner(["outcome.РО1": "yes", "outcome.РО2": "no", "hours": "1201", "satisfaction": "3"],
                                                              outcomes: outcomes, declaredHours: 120) else {
            Issue.record("accepted 1201 hours for a 120-hour program")
            return
        }
        #expect(tooMany.problems == [.hoursInvalid])
        let read = try SurveyForm.learner(["outcome.РО1": "yes", "outcome.РО2": "no", "hours": " 150 ", "satisfaction": "5", "comment": "  ok "],
                                          outcomes: outcomes, declaredHours: 120).get()
        #expect(read == LearnerSurveyAnswer(outcomesAchieved: ["РО1": true, "РО2": false], hoursSpent: 150, satisfaction: 5, comment: "ok"))
    }

    @Test func anEmployerMayLeaveAnOutcomeUnratedButNotRateItOutOfScale() throws {
        let read = try SurveyForm.employer(["rating.РО1": "na", "rating.РО2": "4", "demand": "moderate"], outcomes: ["РО1", "РО2"]).get()
        #expect(read.outcomeRatings == ["РО2": 4] && read.demand == .moderate)
        guard case .failure(let refusal) = SurveyForm.employer(["rating.РО1": "0"], outcomes: ["РО1", "РО2"]) else {
            Issue.record("accepted a rating of 0")
            return
        }
        #expect(refusal.problems == [.ratingInvalid("РО1"), .ratingInvalid("РО2"), .demandMissing])
    }

    @Test func noFigureIsDrawnFromFewerThanFiveAnswers() {
        var learners = LearnerSurveyTally()
        for (grade, hours) in [(5, 100), (4, 120), (4, 130), (3, 150)] {
            learners.add(LearnerSurveyAnswer(outcomesAchieved: ["РО1": grade > 3], hoursSpent: hours, satisfaction: grade, comment: "c\(grade)"))
        }
        #expect(learners.answers == 4)
        #expect(learners.satisfaction == nil && learners.medianHours == nil && learners.achievedPercent("РО1") == nil && learners.comments == nil)
        learners.add(LearnerSurveyAnswer(outcomesAchieved: ["РО1": true], hoursSpent: 90, satisfaction: 5, comment: ""))
        // (5+4+4+3+5)/5 = 4.2; hours 90 100 120 130 150; achieved 4 of 5
        #expect(learners.satisfaction == Decimal(string: "4.2"))
        #expect(learners.medianHours == 120)
        #expect(learners.achievedPercent("РО1") == 80)
        #expect(learners.satisfactionGrades == [0, 0, 1, 2, 2])
        #expect(learners.comments == ["c3", "c4", "c4", "c5"], "sorted, so the order answers came in is not shown")

        var employers = EmployerSurveyTally()
        for demand in [SkillDemand.high, .high, .low, .moderate] {
            employers.add(EmployerSurveyAnswer(outcomeRatings: ["РО1": 4], demand: demand, comment: ""))
        }
        #expect(employers.demandPercent == nil && employers.rating("РО1") == nil)
        employers.add(EmployerSurveyAnswer(outcomeRatings: [:], demand: .none, comment: ""))
        #expect(employers.demandPercent == 60)
        #expect(employers.rating("РО1") == nil, "only four employers rated the outcome")
    }

    @Test func aMeanIsRoundedHalfUpToOneDecimal() {
        #expect(LearnerSurveyTally.roundedTenths(numerator: 22, denominator: 6) == Decimal(string: "3.7"))  // 3.666…
        #expect(LearnerSurveyTally.roundedTenths(numerator: 9, denominator: 4) == Decimal(string: "2.3"))   // 2.25
    }
}

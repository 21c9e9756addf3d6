import Foundation
import Testing
@testable import TanbaCore

@Suite struct ApprovalWorkflowTests {
    let expertRecord = ApprovalWorkflow.Record(conclusion: "Соответствует НРК.")
    let councilRecord = ApprovalWorkflow.Record(conclusion: "Утвердить.", documentNumber: "5", meetingDate: "2026-10-12")

    func record(for stage: ApprovalStage) -> ApprovalWorkflow.Record {
        stage.requiresDocumentNumber ? councilRecord : expertRecord
    }

    @Test(arguments: PolicyPresets.all.map(\.name))
    func aValidProgramWalksEveryStageToRegistered(policyName: String) throws {
        // setup
        let policy = try #require(PolicyPresets.named(policyName))
        let workflow = ApprovalWorkflow(policy: policy)
        let type = policy.programTypes.first { $0.credits.contains(Credits(6)) }?.code ?? ""
        let program = sampleProgram(credits: 6, type: type)
        // act
        var status = try workflow.transition(from: .draft, action: .submit, by: .programDeveloper,
                                             content: program, record: .init()).to
        var visited: [ApprovalStage] = []
        while case .inReview(let stage) = status {
            visited.append(stage)
            status = try workflow.transition(from: status, action: .approve, by: stage.deciderRole,
                                             content: program, record: record(for: stage)).to
        }
        // check
        #expect(status == .registered)
        #expect(visited == policy.stages(forEQFLevel: 6))
    }

    @Test func anInvalidProgramCannotBeSubmitted() {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        let program = sampleProgram().withCredits(Credits(100))
        #expect {
            try workflow.transition(from: .draft, action: .submit, by: .programDeveloper, content: program, record: .init())
        } throws: { error in
            guard case WorkflowError.programInvalid(let issues) = error else { return false }
            return issues.contains { $0.key == "validation.credits_out_of_range" }
        }
    }

    @Test(arguments: Role.allCases.filter { $0 != .internalExpert })
    func onlyTheStageRoleDecides(role: Role) {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.skma2026)
        #expect(throws: WorkflowError.roleNotAllowed(role)) {
            try workflow.transition(from: .inReview(.internalExpertise), action: .approve, by: role,
                                    content: sampleProgram(type: "standard"), record: expertRecord)
        }
    }

    @Test func onlyTheDeveloperSubmits() {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(throws: WorkflowError.roleNotAllowed(.registrar)) {
            try workflow.transition(from: .draft, action: .submit, by: .registrar, content: sampleProgram(), record: .init())
        }
    }

    @Test func returningNeedsAConclusionAndGoesBackToTheDeveloper() throws {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(throws: WorkflowError.conclusionRequired) {
            try workflow.transition(from: .inReview(.externalExpertise), action: .returnForRevision, by: .externalExpert,
                                    content: sampleProgram(), record: .init(conclusion: "  "))
        }
        let returned = try workflow.transition(from: .inReview(.externalExpertise), action: .returnForRevision,
                                               by: .externalExpert, content: sampleProgram(),
                                               record: .init(conclusion: "Уточнить РО2"))
        #expect(returned.to == .returnedForRevision)
        #expect(returned.decision == .returned)
        let again = try workflow.transition(from: .returnedForRevision, action: .submit, by: .programDeveloper,
                                            content: sampleProgram(), record: .init())
        #expect(again.to == .inReview(.internalExpertise))
    }

    @Test func councilsNeedAProtocolNumber() {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(throws: WorkflowError.documentNumberRequired) {
            try workflow.transition(from: .inReview(.academicCouncil), action: .approve, by: .councilSecretary,
                                    content: sampleProgram(), record: .init(conclusion: "Утвердить"))
        }
    }

    @Test func councilsNameTheDayTheyMetToo() {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(throws: WorkflowError.meetingDateRequired) {
            try workflow.transition(from: .inReview(.academicCouncil), action: .approve, by: .councilSecretary,
                                    content: sampleProgram(), record: .init(conclusion: "Утвердить", documentNumber: "5"))
        }
        #expect(throws: WorkflowError.meetingDateInvalid) {
            try workflow.transition(from: .inReview(.academicCouncil), action: .approve, by: .councilSecretary,
                                    content: sampleProgram(), record: .init(conclusion: "Утвердить", documentNumber: "5",
                                                                            meetingDate: "12.10.2026"))
        }
        // an expert's conclusion names no meeting; the academic committee may name its protocol and meeting
        #expect((try? workflow.transition(from: .inReview(.internalExpertise), action: .approve, by: .internalExpert,
                                          content: sampleProgram(), record: .init(conclusion: "Соответствует"))) != nil)
        #expect(ApprovalWorkflow.decisionMayNameCommitteeProtocol(in: .inReview(.internalExpertise)))
        #expect(!ApprovalWorkflow.decisionMayNameCommitteeProtocol(in: .inReview(.externalExpertise)))
        #expect((try? workflow.transition(from: .inReview(.internalExpertise), action: .approve, by: .internalExpert,
                                          content: sampleProgram(), record: .init(conclusion: "Соответствует", documentNumber: "2",
                                                                                  meetingDate: "2026-10-01"))) != nil)
        #expect(throws: WorkflowError.meetingDateInvalid) {
            try workflow.transition(from: .inReview(.internalExpertise), action: .approve, by: .internalExpert,
                                    content: sampleProgram(), record: .init(conclusion: "Соответствует", meetingDate: "01.10.2026"))
        }
    }

    @Test(arguments: [
        (EditionStatus.draft, WorkflowAction.approve),
        (.draft, .withdraw),
        (.registered, .submit),
        (.registered, .approve),
        (.withdrawn, .reinstate),
        (.superseded, .submit),
        (.inReview(.internalExpertise), .submit),
    ])
    func illegalTransitionsAreRefused(status: EditionStatus, action: WorkflowAction) {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(throws: WorkflowError.illegalTransition(from: status, action: action)) {
            try workflow.transition(from: status, action: action, by: .councilSecretary, content: sampleProgram(),
                                    record: councilRecord)
        }
    }

    @Test func theAcademicCouncilSuspendsReinstatesAndWithdraws() throws {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.skma2026)
        let program = sampleProgram(type: "standard")
        let suspended = try workflow.transition(from: .registered, action: .suspend, by: .councilSecretary,
                                                content: program, record: councilRecord)
        #expect(suspended.to == .suspended)
        #expect(!suspended.registers)
        let reinstated = try workflow.transition(from: .suspended, action: .reinstate, by: .councilSecretary,
                                                 content: program, record: councilRecord)
        #expect(reinstated.to == .registered)
        #expect(!reinstated.registers)
        let withdrawn = try workflow.transition(from: .registered, action: .withdraw, by: .councilSecretary,
                                                content: program, record: councilRecord)
        #expect(withdrawn.to == .withdrawn)
    }

    @Test func buttonsShownMatchWhatTheRoleMayDo() {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        #expect(workflow.availableActions(in: .draft, for: .programDeveloper) == [.submit])
        #expect(workflow.availableActions(in: .draft, for: .internalExpert).isEmpty)
        #expect(workflow.availableActions(in: .inReview(.externalExpertise), for: .externalExpert) == [.approve, .returnForRevision])
        #expect(workflow.availableActions(in: .inReview(.externalExpertise), for: .internalExpert).isEmpty)
    }

    @Test func anEditionIsOpenWhileDraftedReturnedOrInReview() {
        #expect(EditionStatus.draft.isOpen)
        #expect(EditionStatus.returnedForRevision.isOpen)
        #expect(ApprovalStage.allCases.allSatisfy { EditionStatus.inReview($0).isOpen })
        for closed in [EditionStatus.registered, .suspended, .superseded, .withdrawn] {
            #expect(!closed.isOpen, "\(closed)")
        }
    }

    @Test func storedStatusRoundTrips() {
        let all: [EditionStatus] = [.draft, .returnedForRevision, .registered, .suspended, .superseded, .withdrawn]
            + ApprovalStage.allCases.map(EditionStatus.inReview)
        for status in all {
            let stored = status.storage
            #expect(EditionStatus(status: stored.status, stage: stored.stage) == status)
        }
        #expect(EditionStatus(status: "in_review", stage: "nonsense") == nil)
    }

    @Test func validityRunsOneYearOnTheAlmatyCalendar() throws {
        // 2026-12-31 20:00 UTC is already 2027-01-01 in Almaty (UTC+5)
        let registered = try #require(ISO8601DateFormatter().date(from: "2026-12-31T20:00:00Z"))
        let until = Monitoring.validUntil(registeredAt: registered, months: 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Monitoring.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: until)
        #expect(parts.year == 2028 && parts.month == 1 && parts.day == 1)
        #expect(Monitoring.year(of: registered) == 2027)
    }

    @Test func theDecisionFormAsksForADocumentNumberExactlyWhereADecisionNeedsOne() throws {
        let workflow = ApprovalWorkflow(policy: PolicyPresets.aitu)
        let statuses: [EditionStatus] = [.draft, .returnedForRevision, .registered, .suspended, .superseded, .withdrawn]
            + ApprovalStage.allCases.map { .inReview($0) }
        var checked = 0
        for status in statuses {
            for role in Role.allCases {
                for action in workflow.availableActions(in: status, for: role) where action != .submit {
                    let withoutNumber = Result { () throws(WorkflowError) in
                        try workflow.transition(from: status, action: action, by: role, content: sampleProgram(),
                                                record: .init(conclusion: "Решение", documentNumber: ""))
                    }
                    let refused = if case .failure(.documentNumberRequired) = withoutNumber { true } else { false }
                    #expect(refused == ApprovalWorkflow.decisionNeedsDocumentNumber(in: status), "\(status) \(action)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 8)
    }
}

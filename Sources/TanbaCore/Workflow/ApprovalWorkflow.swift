import Foundation

/// The approval state machine (SPEC §4): draft → the policy's stages → registered, with returns.
public struct ApprovalWorkflow: Sendable {
    public let policy: InstitutionPolicy

    public init(policy: InstitutionPolicy) {
        self.policy = policy
    }

    /// What the decision record must carry besides actor and date.
    public struct Record: Sendable {
        public var conclusion: String
        public var documentNumber: String
        /// The day the council met, `yyyy-MM-dd` (000 App. 2 prints «от … протокол №»): a council's
        /// decision names both its protocol and its meeting, not only when it was entered here.
        public var meetingDate: String

        public init(conclusion: String = "", documentNumber: String = "", meetingDate: String = "") {
            self.conclusion = conclusion
            self.documentNumber = documentNumber
            self.meetingDate = meetingDate
        }
    }

    /// Decides the transition for `action` taken by `role`, or says why not.
    ///
    /// `content` is validated on submission: an invalid program cannot leave draft.
    public func transition(
        from status: EditionStatus,
        action: WorkflowAction,
        by role: Role,
        content: ProgramContent,
        record: Record
    ) throws(WorkflowError) -> WorkflowTransition {
        let stages = policy.stages(forEQFLevel: content.passport.eqfLevel)
        switch (status, action) {
        case (.draft, .submit), (.returnedForRevision, .submit):
            guard role == .programDeveloper else { throw .roleNotAllowed(role) }
            let issues = ProgramValidator(policy: policy).validate(content)
            guard issues.isEmpty else { throw .programInvalid(issues) }
            guard let first = stages.first else {
                return WorkflowTransition(from: status, to: .registered, decision: .registered, stage: nil)
            }
            return WorkflowTransition(from: status, to: .inReview(first), decision: .submitted, stage: nil)

        case (.inReview(let stage), .approve):
            guard role == stage.deciderRole else { throw .roleNotAllowed(role) }
            try requireConclusion(record, for: stage)
            let next = stages.firstIndex(of: stage).flatMap { index in
                index + 1 < stages.count ? stages[index + 1] : nil
            }
            if let next {
                return WorkflowTransition(from: status, to: .inReview(next), decision: .approved, stage: stage)
            }
            return WorkflowTransition(from: status, to: .registered, decision: .registered, stage: stage)

        case (.inReview(let stage), .returnForRevision):
            guard role == stage.deciderRole else { throw .roleNotAllowed(role) }
            guard !record.conclusion.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .conclusionRequired
            }
            try requireCouncilRecord(record, for: stage)
            return WorkflowTransition(from: status, to: .returnedForRevision, decision: .returned, stage: stage)

        case (.registered, .suspend), (.registered, .withdraw), (.suspended, .withdraw), (.suspended, .reinstate):
            // 004 §8.4: the academic council decides; its secretary records the protocol.
            guard role == .councilSecretary else { throw .roleNotAllowed(role) }
            try requireConclusion(record, for: .academicCouncil)
            switch action {
            case .suspend:
                return WorkflowTransition(from: status, to: .suspended, decision: .suspended, stage: .academicCouncil)
            case .reinstate:
                return WorkflowTransition(from: status, to: .registered, decision: .reinstated, stage: .academicCouncil)
            default:
                return WorkflowTransition(from: status, to: .withdrawn, decision: .withdrawn, stage: .academicCouncil)
            }

        default:
            throw .illegalTransition(from: status, action: action)
        }
    }

    /// Whether a decision on an edition in `status` must name its document (the council's protocol
    /// number), so the decision form asks for it exactly where `transition` requires it.
    public static func decisionNeedsDocumentNumber(in status: EditionStatus) -> Bool {
        switch status {
        case .inReview(let stage): stage.requiresDocumentNumber
        // Suspending, reinstating and withdrawing are the academic council's decisions (004 §8.4).
        case .registered, .suspended: ApprovalStage.academicCouncil.requiresDocumentNumber
        case .draft, .returnedForRevision, .superseded, .withdrawn: false
        }
    }

    /// The actions `role` may take on an edition in `status`, for showing only buttons that work.
    public func availableActions(in status: EditionStatus, for role: Role) -> [WorkflowAction] {
        switch status {
        case .draft, .returnedForRevision:
            role == .programDeveloper ? [.submit] : []
        case .inReview(let stage):
            role == stage.deciderRole ? [.approve, .returnForRevision] : []
        case .registered:
            role == .councilSecretary ? [.suspend, .withdraw] : []
        case .suspended:
            role == .councilSecretary ? [.reinstate, .withdraw] : []
        case .superseded, .withdrawn:
            []
        }
    }

    private func requireConclusion(_ record: Record, for stage: ApprovalStage) throws(WorkflowError) {
        if !stage.requiresDocumentNumber,
           record.conclusion.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            // An expert's approval is their written conclusion («заключение»).
            throw .conclusionRequired
        }
        try requireCouncilRecord(record, for: stage)
    }

    /// A council's decision names its protocol and the day the council met.
    private func requireCouncilRecord(_ record: Record, for stage: ApprovalStage) throws(WorkflowError) {
        let day = record.meetingDate.trimmingCharacters(in: .whitespaces)
        // The academic committee's protocol may be named on an internal expertise (000 App. 2); a
        // day given anywhere must be a real one.
        if !day.isEmpty, AlmatyDate.day(iso: day) == nil { throw .meetingDateInvalid }
        guard stage.requiresDocumentNumber else { return }
        if record.documentNumber.trimmingCharacters(in: .whitespaces).isEmpty { throw .documentNumberRequired }
        if day.isEmpty { throw .meetingDateRequired }
    }

    /// Whether a decision on an edition in `status` may name the academic committee's protocol
    /// and meeting (000 App. 2 «Рекомендована Академическим комитетом … протокол №»), without having to.
    public static func decisionMayNameCommitteeProtocol(in status: EditionStatus) -> Bool {
        status == .inReview(.internalExpertise)
    }
}

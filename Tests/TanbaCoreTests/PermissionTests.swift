import Testing
@testable import TanbaCore

@Suite struct PermissionTests {
    @Test func aLearnerOnlyAppliesAndStudies() {
        #expect(Role.learner.permissions == [.applyAndStudy])
        #expect(!Role.learner.may(.sitOnCommission))
    }

    @Test func onlyTeachersRecordMarksAndOnlyTheRegistrarIssues() {
        #expect(Permission.recordGrades.roles == [.teacher])
        #expect(!Role.registrar.may(.recordGrades), "the registrar reads gradebooks; marks are the teacher's")
        #expect(Permission.manageAttestation.roles == [.registrar])
        #expect(Permission.manageEnrollment.roles == [.registrar])
        #expect(!Role.administrator.may(.manageAttestation), "an administrator reads the journal but issues nothing")
        #expect(Role.administrator.may(.viewCertificates))
    }

    @Test func expertsAndSecretariesWorkInTheApprovalWorkflowAndOnCommissions() {
        // the internal expert sits on the academic committee, which approves teaching kits (004 §5.10)
        #expect(Role.internalExpert.permissions == [.sitOnCommission, .approveTeachingKits])
        #expect(Role.externalExpert.permissions == [.sitOnCommission])
        // the councils read the reports before they decide on monitoring (004 §8.4)
        #expect(Role.councilSecretary.permissions == [.sitOnCommission, .useSecondFactor, .viewReports, .decideMonitoring])
        #expect(Role.programDeveloper.permissions == [.developPrograms, .keepTeachingKits, .writeMonitoring, .inviteSurveyRespondents, .sitOnCommission])
    }

    @Test func everyPermissionBelongsToSomeRole() {
        for permission in Permission.allCases {
            #expect(!permission.roles.isEmpty, "\(permission)")
        }
    }
}

@Suite struct IntakeScopeTests {
    @Test func theRegistrarsOfficeSeesEveryIntakeATeacherOnlyTheirsOthersNone() {
        #expect(IntakeScope.of(.registrar) == .all)
        #expect(IntakeScope.of(.administrator) == .all)
        #expect(IntakeScope.of(.teacher) == .taught)
        for role in [Role.learner, .programDeveloper, .internalExpert, .externalExpert, .councilSecretary] {
            #expect(IntakeScope.of(role) == nil, "\(role)")
        }
    }
}

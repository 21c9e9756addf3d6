import Fluent

/// Every migration in order; numbered files are never edited once landed.
public enum TanbaMigrations {
    public static var all: [any Migration] {
        [
            M001_CreateUsers(),
            M002_CreatePrograms(),
            M003_CreateProgramEditions(),
            M004_CreateApprovalSteps(),
            M005_CreateSettingsAndCounters(),
            M006_CreateLearnerProfiles(),
            M007_CreateIntakes(),
            M008_CreateApplications(),
            M009_CreateGradebook(),
            M010_CreateAttestation(),
            M011_CreateCertificates(),
            M012_CreateCredentials(),
            M013_LinkCommissionMembers(),
            M014_CreateUserSessions(),
            M015_CreateLoginAttempts(),
            M016_TrackAPITokens(),
            M017_AddSecondFactor(),
            M018_DropFluentSessions(),
            M019_AddLatinName(),
            M020_RecordPersonalDataConsent(),
            M021_AddGradeCorrectionReason(),
            M022_AddApplicationDeadline(),
            M023_CreateInstitutionLogos(),
            M024_MoveInstitutionNameIntoProfile(),
            M025_RecordRevocationDecisions(),
            M026_CreateAwardOrders(),
            M027_RecordCouncilMeetingDates(),
            M028_AddStaffPositions(),
            M029_RecordDeciderPositions(),
            M030_CreateWorkingCalendar(),
            M031_CreateRecognitionCatalogue(),
            M032_CreateRecognitionBodies(),
            M033_CreateRecognitionCases(),
            M034_CreateRecognitionConclusions(),
            M035_CreateRecognitionDecisions(),
            M036_CreateRecognitionEntries(),
            M037_CreateAutomaticRecognition(),
            M038_CreateTeachingKits(),
            M039_CreateRecognitionBallots(),
            M040_KeepProviderProfiles(),
        ]
    }
}

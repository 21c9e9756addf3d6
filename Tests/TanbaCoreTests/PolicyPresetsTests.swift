import Testing
@testable import TanbaCore

@Suite struct PolicyPresetsTests {
    @Test func everySeedHasAPresetByName() {
        #expect(PolicyPresets.all.map(\.name) == ["atyrau-2023", "aitu", "faculty-2025", "skma-2026"])
        #expect(PolicyPresets.named("skma-2026") == PolicyPresets.skma2026)
        #expect(PolicyPresets.named("unknown") == nil)
    }

    /// (preset, type, lowest allowed, highest allowed) from SPEC §3 and the seeds.
    @Test(arguments: [
        ("atyrau-2023", "program", 5, 30),
        ("aitu", "course", 1, 6),
        ("aitu", "program", 3, 45),
        ("faculty-2025", "micro_credential", 1, 30),
        ("skma-2026", "micromodule", 2, 4),
        ("skma-2026", "standard", 5, 6),
        ("skma-2026", "stackable", 7, 45),
    ])
    func creditRangesAreEnforcedAtTheirEdges(policyName: String, type: String, low: Int, high: Int) throws {
        // setup
        let policy = try #require(PolicyPresets.named(policyName))
        let validator = ProgramValidator(policy: policy)
        let hpc = policy.hoursPerCredit.upperBound
        func creditIssue(_ credits: Int) -> Bool {
            let program = sampleProgram(credits: credits, type: type, hoursPerCredit: hpc)
            return validator.validate(program).contains { $0.key == "validation.credits_out_of_range" }
        }
        // check
        #expect(!creditIssue(low))
        #expect(!creditIssue(high))
        #expect(creditIssue(low - 1))
        #expect(creditIssue(high + 1))
    }

    @Test func approvalChainsFollowTheSeeds() {
        #expect(PolicyPresets.atyrau2023.stages(forEQFLevel: 6) ==
                [.internalExpertise, .externalExpertise, .methodicalCouncil, .academicCouncil, .rectorOrder])
        #expect(PolicyPresets.skma2026.stages(forEQFLevel: 6) ==
                [.internalExpertise, .externalExpertise, .facultyCouncil, .methodicalCouncil, .academicCouncil])
        #expect(PolicyPresets.aitu.stages(forEQFLevel: 6) ==
                [.internalExpertise, .externalExpertise, .academicCouncil, .rectorOrder])
    }

    @Test func faculty2025NeedsAnExternalExpertFromEQF5Only() {
        #expect(PolicyPresets.faculty2025.stages(forEQFLevel: 4) == [.internalExpertise, .academicCouncil])
        #expect(PolicyPresets.faculty2025.stages(forEQFLevel: 5) == [.internalExpertise, .externalExpertise, .academicCouncil])
    }

    @Test func registrationNumbersFollowThePolicyFormat() {
        #expect(PolicyPresets.atyrau2023.registrationNumberFormat.format(year: 2026, sequence: 123) == "MC-2026-000123")
        #expect(PolicyPresets.aitu.registrationNumberFormat.format(year: 2022, sequence: 11) == "MSCE20220011")
    }

    @Test func everyPresetNamesItsOwnCertificateFormAndCity() {
        #expect(PolicyPresets.all.map(\.certificateForm) == [.atyrau, .aitu, .ects, .skma])
        #expect(PolicyPresets.all.map(\.documentCity) == [.atyrau, .astana, nil, .shymkent])
        #expect(PolicyPresets.all.map(\.awardDocument) == [.certificate, .svidetelstvo, .certificate, .certificate])
    }
}

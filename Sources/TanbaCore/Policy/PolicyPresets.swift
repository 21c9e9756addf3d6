import Foundation

/// One policy per seed regulation, so each seed's rules run as written.
public enum PolicyPresets {
    /// 000: Atyrau University regulation No.183 (2023).
    public static let atyrau2023 = InstitutionPolicy(
        name: "atyrau-2023",
        source: "Atyrau University, regulation No.183 (2023)",
        programTypes: [ProgramType(code: "program", credits: CreditRange(5, 30))],
        hoursPerCredit: 30...30,
        // 000 §3.1: academic committee with employers, then the educational-methodical council,
        // then the academic council, then the rector approves.
        stages: [PolicyStage(.internalExpertise), PolicyStage(.externalExpertise),
                 PolicyStage(.methodicalCouncil), PolicyStage(.academicCouncil), PolicyStage(.rectorOrder)],
        gradeScale: .kazakhstan(lowestPassLabel: "D-"),
        registrationNumberFormat: NumberFormat("MC-{YYYY}-{N:6}"),
        programCodeFormat: NumberFormat("AU-MC-{YYYY}-{N:3}"),
        monitoringPeriodMonths: 12,
        usesECTS: false,
        certificateForm: .atyrau,
        documentCity: .atyrau
    )

    /// 001: Astana IT University presentation.
    public static let aitu = InstitutionPolicy(
        name: "aitu",
        source: "Astana IT University",
        programTypes: [ProgramType(code: "course", credits: CreditRange(1, 6)),
                       ProgramType(code: "program", credits: CreditRange(3, 45))],
        hoursPerCredit: 30...30,
        stages: [PolicyStage(.internalExpertise), PolicyStage(.externalExpertise),
                 PolicyStage(.academicCouncil), PolicyStage(.rectorOrder)],
        gradeScale: .kazakhstan(lowestPassLabel: "D-"),
        // 001 prints numbers like MSCE20220011.
        registrationNumberFormat: NumberFormat("MSCE{YYYY}{N:4}"),
        programCodeFormat: NumberFormat("AITU-MC-{YYYY}-{N:3}"),
        monitoringPeriodMonths: 12,
        usesECTS: false,
        certificateForm: .aitu,
        documentCity: .astana,
        // 001's form is headed «СВИДЕТЕЛЬСТВО».
        awardDocument: .svidetelstvo
    )

    /// 002: faculty regulation on certification of micro-credentials (2025, EHEA/EQF/ECTS).
    public static let faculty2025 = InstitutionPolicy(
        name: "faculty-2025",
        source: "Faculty regulation on certification of micro-credentials (2025)",
        programTypes: [ProgramType(code: "micro_credential", credits: CreditRange(1, 30))],
        hoursPerCredit: 25...30,
        // 002 §5: the university approves the list; an external expert from EQF level 5.
        stages: [PolicyStage(.internalExpertise),
                 PolicyStage(.externalExpertise, requiredFromEQFLevel: 5),
                 PolicyStage(.academicCouncil)],
        gradeScale: .kazakhstan(lowestPassLabel: "D-"),
        registrationNumberFormat: NumberFormat("MC-{YYYY}-{N:6}"),
        programCodeFormat: NumberFormat("FAC-MC-{YYYY}-{N:3}"),
        monitoringPeriodMonths: 12,
        usesECTS: true,
        certificateForm: .ects,
        documentCity: nil
    )

    /// 004: South Kazakhstan Medical Academy regulation P 490-2026.
    public static let skma2026 = InstitutionPolicy(
        name: "skma-2026",
        source: "South Kazakhstan Medical Academy, P 490-2026",
        programTypes: [ProgramType(code: "micromodule", credits: CreditRange(2, 4)),
                       ProgramType(code: "standard", credits: CreditRange(5, 6)),
                       ProgramType(code: "stackable", credits: CreditRange(7, 45))],
        hoursPerCredit: 30...30,
        // 004 §5.1, §8.1 and App. А: the academic committee (internal), external expertise, the
        // dean with the faculty's protocol, the methodical council, the academic council, registry.
        stages: [PolicyStage(.internalExpertise), PolicyStage(.externalExpertise), PolicyStage(.facultyCouncil),
                 PolicyStage(.methodicalCouncil), PolicyStage(.academicCouncil)],
        // 004 §5.7 names the lowest pass "D".
        gradeScale: .kazakhstan(lowestPassLabel: "D"),
        registrationNumberFormat: NumberFormat("SKMA-MC-{YYYY}-{N:6}"),
        programCodeFormat: NumberFormat("SKMA-MC-{YYYY}-{N:3}"),
        monitoringPeriodMonths: 12,
        usesECTS: false,
        certificateForm: .skma,
        documentCity: .shymkent,
        // 004 §5.14: teaching staff, employers and leading specialists all sit on the commission.
        commissionRules: CommissionRules(requiredKinds: [.teachingStaff, .employer, .specialist]),
        requiresAwardOrder: true,
        requiresDepartmentEndorsement: true,
        requiresTeachingKit: true
    )

    public static let all: [InstitutionPolicy] = [atyrau2023, aitu, faculty2025, skma2026]

    public static func named(_ name: String) -> InstitutionPolicy? {
        all.first { $0.name == name }
    }
}

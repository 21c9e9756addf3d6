import Foundation

/// The rules one institution runs by (SPEC §3); one is active per installation.
public struct InstitutionPolicy: Hashable, Sendable, Codable {
    /// Preset name, e.g. `skma-2026`.
    public let name: String
    /// The seed regulation it restates, for display.
    public let source: String
    public let programTypes: [ProgramType]
    /// Academic hours in one credit; a range where ECTS allows 25-30.
    public let hoursPerCredit: ClosedRange<Int>
    /// Approval stages in order; registration follows the last one that applies.
    public let stages: [PolicyStage]
    public let gradeScale: GradeScale
    /// Certificate registration numbers, unique in the institution.
    public let registrationNumberFormat: NumberFormat
    /// Program codes in the registry.
    public let programCodeFormat: NumberFormat
    /// Months a registration stays valid until the next monitoring (004 §8.2).
    public let monitoringPeriodMonths: Int
    /// Whether credits are ECTS rather than Kazakh academic credits, for labels.
    public let usesECTS: Bool
    /// The seed form certificates are laid out in; every preset names its own, so none falls back
    /// to another institution's layout.
    public let certificateForm: CertificateForm
    /// The city printed on certificates and protocols; nil where the regulation's forms print none.
    public let documentCity: DocumentCity?
    /// How the qualification commission is composed and decides.
    public var commissionRules: CommissionRules = .standard
    /// What the issued document is called on every page and form.
    public var awardDocument: AwardDocumentName = .certificate
    /// Certificates are issued on a rector's order on awarding, recorded after the protocol (004 §5.15);
    /// elsewhere the order is optional.
    public var requiresAwardOrder: Bool = false
    /// A program comes with its department's protocol and at least one employer's agreement
    /// (004 App. А title page); elsewhere both are optional.
    public var requiresDepartmentEndorsement: Bool = false
    /// No intake opens until the academic committee has approved every discipline's teaching kit
    /// (УМКД, 004 §5.10); elsewhere the kit is kept but optional.
    public var requiresTeachingKit: Bool = false

    public func programType(code: String) -> ProgramType? {
        programTypes.first { $0.code == code }
    }

    /// The stages a program at `eqfLevel` must pass, in order.
    public func stages(forEQFLevel eqfLevel: Int?) -> [ApprovalStage] {
        stages.filter { $0.applies(toEQFLevel: eqfLevel) }.map(\.stage)
    }

    /// The widest credit range of all program types: anything beyond is no micro-credential.
    public var overallCreditRange: CreditRange? {
        guard let low = programTypes.map(\.credits.lower).min(),
              let high = programTypes.map(\.credits.upper).max() else { return nil }
        return CreditRange(low.hundredths / 100, high.hundredths / 100)
    }
}

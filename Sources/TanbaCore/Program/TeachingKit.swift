import Foundation

/// A document of a discipline's teaching kit («УМКД», 004 §5.10); raw values are stored.
public enum TeachingKitDocumentKind: String, CaseIterable, Sendable, Codable {
    /// «Рабочая учебная программа (Syllabus)»: description, prerequisites, topics, calendar plan,
    /// assessment policy.
    case syllabus
    /// «Контрольно-измерительные средства»: the fund of assessment tools (tests, cases, skills).
    case assessmentFund = "assessment_fund"
    /// «Карта учебно-методической обеспеченности»: literature, libraries, equipment, software.
    case resourceMap = "resource_map"
}

/// One discipline's slot for one document of its kit.
public struct TeachingKitSlot: Hashable, Sendable, Comparable {
    /// The discipline's number in the program, from 1.
    public let discipline: Int
    public let kind: TeachingKitDocumentKind

    public init(discipline: Int, kind: TeachingKitDocumentKind) {
        self.discipline = discipline
        self.kind = kind
    }

    public static func < (lhs: TeachingKitSlot, rhs: TeachingKitSlot) -> Bool {
        let order = TeachingKitDocumentKind.allCases
        return (lhs.discipline, order.firstIndex(of: lhs.kind) ?? 0) < (rhs.discipline, order.firstIndex(of: rhs.kind) ?? 0)
    }
}

/// The teaching kits of an edition: every discipline needs all three documents, and the academic
/// committee approves the whole before teaching starts (004 §5.10). An approval covers the very
/// documents the committee saw: one uploaded later was not approved, so the kit waits again.
public struct TeachingKit: Sendable {
    /// The academic committee's approval: its protocol and meeting day, and the documents it saw.
    public struct Approval: Sendable, Equatable {
        public let protocolNumber: String
        public let meetingDate: CalendarDay
        public let documents: Set<UUID>

        public init(protocolNumber: String, meetingDate: CalendarDay, documents: Set<UUID>) {
            self.protocolNumber = protocolNumber
            self.meetingDate = meetingDate
            self.documents = documents
        }
    }

    /// Why an approval cannot be recorded.
    public enum ApprovalProblem: Error, Equatable, Sendable {
        case incomplete(missing: [TeachingKitSlot])
        case protocolNumberMissing
        case meetingInTheFuture(today: CalendarDay)
        case alreadyApproved
    }

    public let disciplineCount: Int
    /// The document in use in each filled slot (the newest upload).
    public let uploads: [TeachingKitSlot: UUID]
    /// The newest approval, if any.
    public let approval: Approval?

    public init(disciplineCount: Int, uploads: [TeachingKitSlot: UUID], approval: Approval?) {
        self.disciplineCount = disciplineCount
        self.uploads = uploads
        self.approval = approval
    }

    /// Slots of the program's disciplines that have no document yet, in program order.
    public var missing: [TeachingKitSlot] {
        guard disciplineCount > 0 else { return [] }
        return (1...disciplineCount).flatMap { discipline in
            TeachingKitDocumentKind.allCases.map { TeachingKitSlot(discipline: discipline, kind: $0) }
        }.filter { uploads[$0] == nil }
    }

    public var isComplete: Bool { disciplineCount > 0 && missing.isEmpty }

    /// Complete, and every document in use is one the committee approved.
    public var isApproved: Bool {
        guard isComplete, let approval else { return false }
        return uploads.values.allSatisfy(approval.documents.contains)
    }

    /// Whether the committee may approve the kit as it stands, on `today`.
    public func approvalProblems(protocolNumber: String, meetingDate: CalendarDay, today: CalendarDay) -> [ApprovalProblem] {
        var problems: [ApprovalProblem] = []
        if !isComplete { problems.append(.incomplete(missing: missing)) }
        if protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.protocolNumberMissing) }
        if meetingDate > today { problems.append(.meetingInTheFuture(today: today)) }
        if isApproved { problems.append(.alreadyApproved) }
        return problems
    }
}

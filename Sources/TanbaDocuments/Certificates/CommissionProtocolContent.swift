/// A member's role on a qualification commission.
public enum ProtocolMemberRole: String, Sendable, Hashable, CaseIterable {
    case chair
    case secretary
    case member
}

/// One member of the commission and whether they attended the meeting.
public struct ProtocolMember: Sendable, Hashable {
    /// Full name.
    public var name: String
    /// Position and affiliation, e.g. "профессор кафедры информатики".
    public var position: String
    /// Role on the commission.
    public var role: ProtocolMemberRole
    /// Attended the meeting.
    public var isPresent: Bool
    /// The name as printed under a signature line, e.g. "А. Б. Сейткали"; full names would wrap
    /// in the narrow name column of a signature row.
    public var signatureName: String

    /// A commission member; `signatureName` defaults to the full name.
    public init(name: String, position: String = "", role: ProtocolMemberRole, isPresent: Bool = true, signatureName: String? = nil) {
        self.name = name
        self.position = position
        self.role = role
        self.isPresent = isPresent
        self.signatureName = signatureName ?? name
    }
}

/// The commission's vote and decision on one learner.
public struct ProtocolDecision: Sendable, Hashable {
    /// The learner's full name.
    public var learnerName: String
    /// Programme (micro-qualification) title.
    public var programTitle: String
    /// Votes in favour.
    public var votesFor: Int
    /// Votes against.
    public var votesAgainst: Int
    /// Abstentions.
    public var abstained: Int
    /// The decision as it is to be printed, e.g. "Присвоить микроквалификацию, выдать сертификат № MC-2026-000123".
    public var decision: String

    /// A decision row.
    public init(learnerName: String, programTitle: String, votesFor: Int, votesAgainst: Int, abstained: Int, decision: String) {
        self.learnerName = learnerName
        self.programTitle = programTitle
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
        self.abstained = abstained
        self.decision = decision
    }
}

/// The fixed wording of a commission protocol, in one language.
public struct CommissionProtocolLabels: Sendable, Hashable {
    /// Printed before the protocol number.
    public var numberSign: String
    /// Heading of the member list.
    public var membersTitle: String
    /// Heading of the agenda.
    public var agendaTitle: String
    /// Heading of the decisions table.
    public var decisionsTitle: String
    /// Member table columns: №, name, position, role, attendance.
    public var memberColumns: [String]
    /// Decision table columns: №, learner, programme, for, against, abstained, decision.
    public var decisionColumns: [String]
    /// Printed role of the chair.
    public var chair: String
    /// Printed role of the secretary.
    public var secretary: String
    /// Printed role of an ordinary member.
    public var member: String
    /// Attendance: present.
    public var present: String
    /// Attendance: absent.
    public var absent: String
    /// Signature role of the chair.
    public var chairSignature: String
    /// Signature role of the secretary.
    public var secretarySignature: String

    /// A complete set of labels.
    public init(
        numberSign: String,
        membersTitle: String,
        agendaTitle: String,
        decisionsTitle: String,
        memberColumns: [String],
        decisionColumns: [String],
        chair: String,
        secretary: String,
        member: String,
        present: String,
        absent: String,
        chairSignature: String,
        secretarySignature: String
    ) {
        self.numberSign = numberSign
        self.membersTitle = membersTitle
        self.agendaTitle = agendaTitle
        self.decisionsTitle = decisionsTitle
        self.memberColumns = memberColumns
        self.decisionColumns = decisionColumns
        self.chair = chair
        self.secretary = secretary
        self.member = member
        self.present = present
        self.absent = absent
        self.chairSignature = chairSignature
        self.secretarySignature = secretarySignature
    }

    /// Russian wording.
    public static let russian = CommissionProtocolLabels(
        numberSign: "№",
        membersTitle: "Состав комиссии",
        agendaTitle: "Повестка дня",
        decisionsTitle: "Результаты голосования и решения",
        memberColumns: ["№", "Ф.И.О.", "Должность", "Роль в комиссии", "Присутствие"],
        decisionColumns: ["№", "Обучающийся", "Программа", "За", "Против", "Возд.", "Решение"],
        chair: "Председатель",
        secretary: "Секретарь",
        member: "Член комиссии",
        present: "присутствует",
        absent: "отсутствует",
        chairSignature: "Председатель комиссии",
        secretarySignature: "Секретарь комиссии"
    )

    /// English wording.
    public static let english = CommissionProtocolLabels(
        numberSign: "No.",
        membersTitle: "Members of the commission",
        agendaTitle: "Agenda",
        decisionsTitle: "Votes and decisions",
        memberColumns: ["No.", "Name", "Position", "Role", "Attendance"],
        decisionColumns: ["No.", "Learner", "Programme", "For", "Against", "Abst.", "Decision"],
        chair: "Chair",
        secretary: "Secretary",
        member: "Member",
        present: "present",
        absent: "absent",
        chairSignature: "Chair of the commission",
        secretarySignature: "Secretary of the commission"
    )

    func title(of role: ProtocolMemberRole) -> String {
        switch role {
        case .chair: return chair
        case .secretary: return secretary
        case .member: return member
        }
    }
}

/// Everything printed on the protocol of a qualification commission's meeting.
public struct CommissionProtocolContent: Sendable, Hashable {
    /// Institution holding the meeting.
    public var institutionName: String
    /// Title, e.g. "ПРОТОКОЛ".
    public var documentTitle: String
    /// Protocol number, e.g. "3".
    public var protocolNumber: String
    /// What the meeting was, e.g. "заседания квалификационной комиссии по присвоению микроквалификаций".
    public var subject: String
    /// Place, e.g. "г. Атырау".
    public var city: String
    /// Date of the meeting, formatted.
    public var date: String
    /// The order that formed the commission, e.g. "Комиссия сформирована приказом ректора № 45-П от 01.03.2026 г.".
    public var orderLine: String
    /// Members in print order.
    public var members: [ProtocolMember]
    /// Optional quorum statement, e.g. "Присутствуют 4 из 5 членов комиссии, кворум имеется.".
    public var quorumLine: String?
    /// Agenda items.
    public var agenda: [String]
    /// One vote and decision per learner.
    public var decisions: [ProtocolDecision]
    /// The form's fixed wording.
    public var labels: CommissionProtocolLabels

    /// A protocol's content.
    public init(
        institutionName: String,
        documentTitle: String,
        protocolNumber: String,
        subject: String,
        city: String,
        date: String,
        orderLine: String,
        members: [ProtocolMember],
        quorumLine: String? = nil,
        agenda: [String] = [],
        decisions: [ProtocolDecision],
        labels: CommissionProtocolLabels = .russian
    ) {
        self.institutionName = institutionName
        self.documentTitle = documentTitle
        self.protocolNumber = protocolNumber
        self.subject = subject
        self.city = city
        self.date = date
        self.orderLine = orderLine
        self.members = members
        self.quorumLine = quorumLine
        self.agenda = agenda
        self.decisions = decisions
        self.labels = labels
    }
}

import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A recognition case for staff tokens: `GET /api/v1/recognitions` and `/api/v1/recognitions/{id}`.
struct RecognitionDTO: Content {
    let id: UUID
    let number: String
    /// `RecognitionStatus`: submitted, with_experts, conclusion_ready, decided, entered.
    let status: String
    /// credit_transfer or competence_confirmation.
    let purpose: String
    let filedOn: String
    /// Recognised at once from a trusted provider's credential by an equivalency rule, without a vote.
    let automatic: Bool
    let learner: Learner
    let source: Source
    let targetProgram: Program
    let period: String
    let conclusionDue: String?
    let decision: Decision?
    let disciplines: [Discipline]
    let entry: Entry?

    struct Learner: Content {
        let id: UUID
        let fullName: String
    }

    struct Source: Content {
        let kind: String
        let issuer: String
        let country: String
        let title: String
        let hours: Int?
        let credits: String?
        /// As the source states it: a percentage, a letter, or pass.
        let grade: String
        let completedOn: String?
        /// valid, invalid, revoked, suspended or unsupported for an attached credential.
        let credentialStatus: String?
    }

    struct Program: Content {
        let code: String
        let name: String
    }

    struct Decision: Content {
        /// granted, partially_granted or refused.
        let outcome: String
        let protocolNumber: String
        let meetingDate: String
        let votesFor: Int
        let votesAgainst: Int
        let reasons: String
    }

    struct Discipline: Content {
        let code: String
        let name: String
        /// The target discipline's credits, exact decimal.
        let credits: String
        /// Credits recognised once decided; absent before.
        let recognisedCredits: String?
        /// The letter on the institution's scale, or "pass"; absent when nothing is recognised.
        let grade: String?
    }

    struct Entry: Content {
        let orderNumber: String
        let orderDate: String
        let credits: String
        /// Tenge, exact decimal with two places; absent for a grant-funded place.
        let tuitionReduction: String?
    }

    init(_ row: RecognitionCaseList.Row, conclusions: [RecognitionConclusionModel]) throws {
        let model = row.model
        id = try model.requireID()
        number = model.number
        status = row.status.rawValue
        purpose = model.purpose
        filedOn = model.filedOn
        automatic = model.automaticRuleID != nil
        learner = Learner(id: model.learnerID, fullName: row.learnerName)
        let grade: String = switch row.source.grade {
        case .percent(let value): "\(value)"
        case .letter(let letter): letter
        case .passFail(let passed): passed ? "pass" : "fail"
        }
        source = Source(kind: row.source.kind.rawValue, issuer: row.source.issuer, country: row.source.country, title: row.source.title,
                        hours: row.source.hours, credits: row.source.credits.map { "\($0)" }, grade: grade,
                        completedOn: row.source.completedOn?.iso, credentialStatus: model.credentialStatus)
        targetProgram = Program(code: model.targetProgramCode, name: model.targetProgramName)
        period = row.period?.title ?? ""
        conclusionDue = model.conclusionDue
        decision = row.decision.map {
            Decision(outcome: $0.outcome, protocolNumber: $0.protocolNumber, meetingDate: $0.meetingDate, votesFor: $0.votesFor,
                     votesAgainst: $0.votesAgainst, reasons: $0.reasons)
        }
        let recognises = (try row.decision?.recognitionOutcome.recognisesCredits) ?? false
        disciplines = row.disciplines.enumerated().map { index, discipline in
            let conclusion = conclusions.first { $0.position == index + 1 }
            let decided = row.decision != nil
            return Discipline(code: discipline.code, name: discipline.name, credits: "\(discipline.credits)",
                              recognisedCredits: decided ? "\(recognises ? conclusion?.credits ?? .zero : .zero)" : nil,
                              grade: recognises ? (conclusion?.gradeLetter ?? (conclusion?.gradePassed == true ? "pass" : nil)) : nil)
        }
        entry = row.entry.map {
            Entry(orderNumber: $0.orderNumber, orderDate: $0.orderDate, credits: "\($0.credits)", tuitionReduction: $0.reduction.map(\.decimalText))
        }
    }
}

extension Tenge {
    /// "150000.50": exact, with a dot and two places, as JSON carries money.
    var decimalText: String {
        let fraction = tiyn % 100
        return "\(tiyn / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

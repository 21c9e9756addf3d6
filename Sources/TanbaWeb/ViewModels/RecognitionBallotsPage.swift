import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The cases before the recognition commission as one of its voting members sees them, each with
/// the experts' proposal and the member's own vote.
struct RecognitionBallotsPage: Encodable {
    let cases: [CaseView]
    let errors: [String]

    /// One case waiting for the commission.
    struct CaseView: Encodable {
        let number: String
        let learner: String
        let source: String
        let disciplines: [String]
        let proposal: String
        let myVote: String?
        let voteLink: String
    }

    init(_ waiting: [RecognitionBallots.Waiting], errors: [String], request: Request) throws {
        cases = try waiting.map { item in
            let source = try item.caseModel.recognitionSource
            return CaseView(
                number: item.caseModel.number, learner: item.learnerName,
                source: [source.issuer, source.title, source.country].filter { !$0.isEmpty }.joined(separator: ", "),
                disciplines: item.disciplines,
                proposal: request.t("recognition.proposal.\(item.proposal.rawValue)"),
                myVote: item.myVote.map { request.t($0 == .award ? "recognition.decision.for" : "recognition.decision.against") },
                voteLink: SiteRoute.recognitionBallot(try item.caseModel.requireID()).path)
        }
        self.errors = errors
    }
}

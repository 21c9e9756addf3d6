import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
@testable import TanbaWeb

@Suite(.serialized) struct RouteParameterTests {
    @Test func aLinkCarriesTheRecordsIdentifierAndTheRouteItsTypedPlaceholder() {
        let id = UUID()
        #expect(SiteRoute.learnerFile(intakeID: id, learnerID: id).path == "/workspace/intakes/\(id.uuidString)/learners/\(id.uuidString)")
        #expect(SiteRoute.learnerFile(intakeID: RouteParameter.id, learnerID: RouteParameter.learner).pattern.map(\.description)
                == ["workspace", "intakes", ":id", "learners", ":learner"])
        #expect(SiteRoute.certificateDocument(id: RouteParameter.id, kind: .transcript).pattern.map(\.description)
                == ["certificates", ":id", "transcript.pdf"])
    }

    @Test(arguments: [(Role.registrar, "/workspace/intakes/not-an-id", "Бет табылмады."),
                      (.programDeveloper, "/workspace/editions/42", "Бағдарлама редакциясы табылмады."),
                      (.registrar, "/workspace/sessions/x/protocol.pdf", "Бет табылмады."),
                      (.registrar, "/certificates/zzz/certificate.pdf", "Бет табылмады.")])
    func aPathWhoseIdentifierIsNoIdentifierIsNotFoundInTheVisitorsLanguage(role: Role, path: String, message: String) async throws {
        try await withTanba { _, browser in
            try await browser.login(as: role)
            _ = try await browser.get("/language/kk")
            let response = try await browser.get(path)
            #expect(response.status == .notFound, "\(path)")
            #expect(response.body.string.contains(message), "\(path)")
        }
    }

    @Test func aStatusListNumberThatIsNoNumberIsNotFound() async throws {
        try await withTanba { _, browser in
            let response = try await browser.get("/credentials/status/first")
            #expect(response.status == .notFound)
        }
    }
}

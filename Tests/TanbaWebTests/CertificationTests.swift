import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct CertificationTests {
    /// The test learner enrolled and passing both disciplines; returns the intake id.
    static func readyLearner(_ app: Application) async throws -> (intakeID: UUID, learnerID: UUID) {
        let (fixture, learnerID) = try await GradebookTests.enrolled(app)
        let teacherUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "teacher").first())
        let registrarUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "registrar").first())
        let teacher = ActingUser(id: try teacherUser.requireID(), name: teacherUser.fullName, role: .teacher)
        let registrar = ActingUser(id: try registrarUser.requireID(), name: registrarUser.fullName, role: .registrar)
        let intake = try await IntakeStore(database: app.db, clock: .live).find(fixture.intakeID)
        try await IntakeStore(database: app.db, clock: .live).assign(teacher: teacher.id, discipline: 2, of: intake, by: registrar)
        var marks: [GradebookStore.Mark] = []
        for discipline in 1...2 {
            marks += [.init(learnerID: learnerID, discipline: discipline, kind: .currentControl, points: 92),
                      .init(learnerID: learnerID, discipline: discipline, kind: .midterm, points: 90),
                      .init(learnerID: learnerID, discipline: discipline, kind: .exam, points: 95)]
        }
        try await GradebookStore(database: app.db, clock: .live).record(marks, in: fixture.intakeID, by: teacher, source: "test")
        return (fixture.intakeID, learnerID)
    }

    /// Forms a three-member commission and opens a session through the pages; returns the session path.
    static func openSession(_ registrar: Browser, intakeID: UUID) async throws -> String {
        let path = "/workspace/intakes/\(intakeID)/attestation"
        try await registrar.get(path)
        let formed = try await registrar.post(path, [
            ("action", "commission"), ("orderNumber", "312-П"), ("orderDate", "2026-12-01"), ("secretaryName", "Жумабаева М."),
            ("members[0][name]", "Касымов Е."), ("members[0][position]", "зав. кафедрой"), ("members[0][kind]", "teaching_staff"), ("members[0][role]", "chair"),
            ("members[1][name]", "Омарова Д."), ("members[1][position]", "АО «Казахтелеком»"), ("members[1][kind]", "employer"), ("members[1][role]", "member"),
            ("members[2][name]", "Ахметов Р."), ("members[2][position]", "ML-инженер"), ("members[2][kind]", "specialist"), ("members[2][role]", "member"),
        ])
        guard formed.status == .seeOther else { throw Abort(formed.status, reason: formed.body.string) }
        let commission = try await CommissionModel.query(on: registrar.app.db).first()
        let opened = try await registrar.post(path, [("action", "session"), ("commission", commission?.id?.uuidString ?? ""),
                                                     ("sessionDate", "2026-12-08"), ("protocolNumber", "3")])
        guard opened.status == .seeOther else { throw Abort(opened.status, reason: opened.body.string) }
        return opened.location
    }

    static func memberIDs(_ app: Application) async throws -> [UUID] {
        try await CommissionMemberModel.query(on: app.db).all().sorted { $0.fullName < $1.fullName }.compactMap(\.id)
    }

    @Test func aSessionIssuesACertificateWhoseQRLeadsToItsVerificationPage() async throws {
        try await withTanba { app, browser in
            // setup
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            // the learner gave her name as in her passport: the certificate prints it under the Cyrillic one
            try await LearnerProfileModel(userID: learnerID, category: .freeListener, organisation: "", email: "", phone: "",
                                          latinName: "TESTOVYI LEARNER", createdAt: Date()).create(on: app.db)
            try await browser.login(as: .registrar)
            let session = try await Self.openSession(browser, intakeID: intakeID)
            // act: all three vote to award, the protocol closes, the certificate is issued
            let members = try await Self.memberIDs(app)
            let votes = members.map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(session, [("action", "votes")] + votes).status == .seeOther)
            // closing asks for a confirmation of what it does; without it nothing closes
            let unconfirmed = try await browser.post(session, [("action", "close")])
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.body.string.contains("необратимо"))
            #expect(try await AttestationSessionModel.query(on: app.db).first()?.isClosed == false)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            // once everything is issued, "issue all" is disabled and says why
            let issuedPage = try await browser.get(session).body.string
            #expect(issuedPage.contains(#"id="nothing-to-issue""#))
            #expect(issuedPage.contains("Java Developer"), "the session page names the program it decides on")
            // check: the certificate PDF names the learner and its QR code, read by zbarimg, is the verification URL
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            let url = "http://127.0.0.1:8080/verify/\(certificate.token)"
            let pdf = try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf")
            #expect(pdf.status == .ok)
            let data = Data(pdf.body.readableBytesView)
            let text = try pdfText(data)
            #expect(text.contains("Тестовый learner"))
            #expect(text.contains("TESTOVYI LEARNER"))
            #expect(text.contains(certificate.registrationNumber))
            #expect(certificate.registrationNumber == "MSCE20260001")
            #expect(try decodeQR(data) == url)
            // the public page says valid and shows the certified content
            let anonymous = browser.fresh()
            let page = try await anonymous.get("/verify/\(certificate.token)")
            #expect(page.status == .ok)
            // the default policy is AITU's, whose document is a «свидетельство»
            #expect(page.body.string.contains("действительно"))
            #expect(page.body.string.contains("Java Developer"))
            let json = try await anonymous.get("/api/v1/verify/\(certificate.token)")
            let dto = try JSONDecoder().decode(VerificationJSON.self, from: Data(json.body.readableBytesView))
            #expect(dto.status == "valid")
            #expect(dto.registrationNumber == certificate.registrationNumber)
            #expect(dto.learnerName == "Тестовый learner")
            #expect(dto.credits == "7")
            #expect(dto.hours == 210)
            // the whole session downloads as one ZIP with the certificate and the transcript
            let zip = try await browser.get(session + "/documents.zip")
            #expect(zip.status == .ok)
            let archive = try Archive(data: Data(zip.body.readableBytesView), accessMode: .read)
            #expect(Set(archive.map(\.path)) == ["MSCE20260001-certificate.pdf", "MSCE20260001-transcript.pdf"])
            // the journal finds it by its issue day, and a day that does not exist is a clear error
            let today = AlmatyDate.iso(certificate.issuedAt)
            let journal = try await browser.get("/workspace/journal?from=\(today)&to=\(today)")
            #expect(journal.body.string.contains(certificate.registrationNumber))
            #expect(journal.body.string.contains("Найдено записей: 1"))
            #expect(!(try await browser.get("/workspace/journal?to=2026-01-01")).body.string.contains(certificate.registrationNumber))
            let csv = try await browser.get("/workspace/journal.csv?from=\(today)")
            #expect(csv.body.string.contains(certificate.registrationNumber))
            // headers and statuses in the reader's language, the machine-readable status kept beside them
            let csvLines = csv.body.string.split(whereSeparator: \.isNewline)
            #expect(csvLines.first?.contains("Номер свидетельства,Статус,status_code,Документ,ФИО слушателя") == true, "\(csvLines.first ?? "")")
            #expect(csvLines.dropFirst().first?.contains(",действительно,valid,свидетельство,") == true, "\(csvLines.dropFirst().first ?? "")")
            let wrongDay = try await browser.get("/workspace/journal?from=2026-02-30")
            #expect(wrongDay.status == .badRequest)
            // the protocol PDF lists the decision
            let protocolText = try pdfText(Data(try await browser.get(session + "/protocol.pdf").body.readableBytesView))
            #expect(protocolText.contains("Тестовый learner"))
            #expect(protocolText.contains("г. Астана"), "the protocol is signed in the policy's city")

            // act: revocation; check: it verifies as revoked, with the reason
            let revoked = try await browser.post("/workspace/certificates/\(try certificate.requireID())",
                                                 [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                  ("decidedOn", AlmatyDate.iso(testNow)), ("reason", "Выдан ошибочно"), ("confirm", "yes")])
            #expect(revoked.status == .seeOther)
            let after = try await anonymous.get("/verify/\(certificate.token)")
            #expect(after.body.string.contains("аннулирован"))
            #expect(after.body.string.contains("Выдан ошибочно"))
            let afterJSON = try JSONDecoder().decode(VerificationJSON.self,
                                                     from: Data(try await anonymous.get("/api/v1/verify/\(certificate.token)").body.readableBytesView))
            #expect(afterJSON.status == "revoked")
            // bulk issuing again does not quietly replace the revoked certificate
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            #expect(try await CertificateModel.query(on: app.db).count() == 1)
        }
    }

    @Test func bulkIssuingReportsItsProgressToThePageThatPollsIt() async throws {
        try await withTanba { app, browser in
            // setup
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await Self.openSession(browser, intakeID: intakeID)
            let votes = try await Self.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            _ = try await browser.post(session, [("action", "votes")] + votes)
            _ = try await browser.post(session, [("action", "close"), ("confirm", "yes")])
            struct Progress: Decodable { let done: Int; let total: Int; let stage: String }
            func progress() async throws -> Progress {
                try JSONDecoder().decode(Progress.self, from: Data(try await browser.get(session + "/progress").body.readableBytesView))
            }
            let page = try await browser.get(session)
            // check: the page carries the progress element and its script; nothing has run yet
            #expect(page.body.string.contains("data-issue-progress=\"\(session)/progress\""))
            #expect(try await browser.get("/issue-progress.js").status == .ok)
            #expect(try await progress().stage == "idle")
            // act
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            // check
            let after = try await progress()
            #expect((after.done, after.total, after.stage) == (1, 1, "finished"))
            #expect(try await browser.fresh().get(session + "/progress").status != .ok)
        }
    }

    @Test func theAdministratorChoosesBilingualKazakhRussianDocuments() async throws {
        try await withTanba { app, browser in
            // setup: the administrator picks Kazakh + Russian; an unknown choice is refused
            let admin = browser.fresh()
            try await admin.login(as: .administrator)
            try await admin.get("/admin/users")
            #expect(try await admin.post("/admin/settings", [("documentLanguage", "de")]).status == .unprocessableEntity)
            #expect(try await admin.post("/admin/settings", [("documentLanguage", "kk+ru")]).status == .seeOther)
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await Self.openSession(browser, intakeID: intakeID)
            let members = try await Self.memberIDs(app)
            try await browser.post(session, [("action", "votes")] + members.map { ("votes[\(learnerID)][\($0)]", "award") })
            try await browser.post(session, [("action", "close"), ("confirm", "yes")])
            // act
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            // check: both languages are on the certificate, and its QR still leads to the verification page
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            let pdf = Data(try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf").body.readableBytesView)
            let text = try pdfText(pdf).replacingOccurrences(of: "\n", with: " ")
            let kazakh = app.localizer.string("certificate.label.learner_intro", .kazakh)
            let russian = app.localizer.string("certificate.label.learner_intro", .russian)
            #expect(text.contains(kazakh), "no Kazakh intro «\(kazakh)»")
            #expect(text.contains(russian), "no Russian intro «\(russian)»")
            #expect(try decodeQR(pdf) == "http://127.0.0.1:8080/verify/\(certificate.token)")
        }
    }

    @Test func votesCannotChangeOnceTheProtocolIsClosedAndQuorumIsEnforced() async throws {
        try await withTanba { app, browser in
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await Self.openSession(browser, intakeID: intakeID)
            let rows = try await CommissionMemberModel.query(on: app.db).all()
            let chair = try #require(rows.first { $0.role == "chair" }?.id)
            let employer = try #require(rows.first { $0.kind == "employer" }?.id)
            let members = [chair, employer]
            // one of three present: no quorum (two thirds of 3 is 2)
            #expect(try await browser.post(session, [("action", "attendance"), ("present[]", members[0].uuidString)]).status == .seeOther)
            try await browser.post(session, [("action", "votes"), ("votes[\(learnerID)][\(members[0])]", "award")])
            let noQuorum = try await browser.post(session, [("action", "close"), ("confirm", "yes")])
            #expect(noQuorum.status == .unprocessableEntity)
            #expect(noQuorum.body.string.contains("Нет кворума"))
            // two present, one each way: the chair's vote decides
            try await browser.post(session, [("action", "attendance"), ("present[]", members[0].uuidString), ("present[]", members[1].uuidString)])
            try await browser.post(session, [("action", "votes"), ("votes[\(learnerID)][\(members[1])]", "refuse")])
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            let decision = try #require(try await AttestationDecisionModel.query(on: app.db).first())
            #expect(decision.outcome == "awarded_by_chair")
            let late = try await browser.post(session, [("action", "votes"), ("votes[\(learnerID)][\(members[1])]", "award")])
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("Протокол закрыт"))
        }
    }

    @Test func aLaterProtocolLeavesOutLearnersAlreadyAwardedUntilTheirCertificateIsRevoked() async throws {
        try await withTanba { app, browser in
            // setup: protocol № 3 awards the learner and closes; no certificate yet
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            try await browser.login(as: .registrar)
            let first = try await Self.openSession(browser, intakeID: intakeID)
            let votes = try await Self.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(first, [("action", "votes")] + votes).status == .seeOther)
            #expect(try await browser.post(first, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            let attestation = "/workspace/intakes/\(intakeID)/attestation"
            let commission = try #require(try await CommissionModel.query(on: app.db).first()?.id)
            // act: a second protocol opens
            let opened = try await browser.post(attestation, [("action", "session"), ("commission", commission.uuidString),
                                                              ("sessionDate", "2026-12-15"), ("protocolNumber", "4")])
            #expect(opened.status == .seeOther)
            let second = opened.location
            // check: the awarded learner is not before it, cannot be voted on, and the attestation page says why
            #expect(!(try await browser.get(second)).body.string.contains("Тестовый learner"))
            let refused = try await browser.post(second, [("action", "votes")] + votes)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("уже присвоена микроквалификация"))
            #expect((try await browser.get(attestation)).body.string.contains("присвоено, свидетельство ещё не выдано"))
            #expect(try await browser.post(first, [("action", "issue_all")]).status == .seeOther)
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            #expect((try await browser.get(attestation)).body.string.contains("свидетельство № \(certificate.registrationNumber)"))
            #expect(!(try await browser.get(second)).body.string.contains("Тестовый learner"))
            // a revoked certificate brings the learner before the commission again
            let revoked = try await browser.post("/workspace/certificates/\(try certificate.requireID())",
                                                 [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                  ("decidedOn", AlmatyDate.iso(testNow)), ("reason", "Выдан ошибочно"), ("confirm", "yes")])
            #expect(revoked.status == .seeOther)
            #expect((try await browser.get(second)).body.string.contains("Тестовый learner"))
            #expect(try await browser.post(second, [("action", "votes")] + votes).status == .seeOther)
            // awarded again, bulk issuing from the later protocol issues a new certificate; the first
            // protocol's bulk issue still does not replace the revoked one
            #expect(try await browser.post(second, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            #expect(try await browser.post(first, [("action", "issue_all")]).status == .seeOther)
            #expect(try await CertificateModel.query(on: app.db).count() == 1)
            #expect(try await browser.post(second, [("action", "issue_all")]).status == .seeOther)
            let all = try await CertificateModel.query(on: app.db).sort(\.$sequence).all()
            #expect(all.map(\.status) == [CertificateStatus.revoked.rawValue, CertificateStatus.valid.rawValue])
            #expect(all.last?.registrationNumber == "MSCE20260002")
        }
    }

    @Test func aVotingFormWithOneRefusedVoteRecordsNoneOfIt() async throws {
        try await withTanba { app, browser in
            // setup: the third member is marked absent
            let (intakeID, learnerID) = try await Self.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await Self.openSession(browser, intakeID: intakeID)
            let members = try await Self.memberIDs(app)
            let attendance = try await browser.post(session, [("action", "attendance"), ("present[]", members[0].uuidString),
                                                              ("present[]", members[1].uuidString)])
            #expect(attendance.status == .seeOther)
            // act: the form carries the two present members' votes and one for the absent member
            let refused = try await browser.post(session, [("action", "votes")] + members.map { ("votes[\(learnerID)][\($0)]", "award") })
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(try await AttestationVoteModel.query(on: app.db).count() == 0)
            let accepted = try await browser.post(session, [("action", "votes")] + members.prefix(2).map { ("votes[\(learnerID)][\($0)]", "award") })
            #expect(accepted.status == .seeOther)
            #expect(try await AttestationVoteModel.query(on: app.db).count() == 2)
        }
    }

    @Test func unknownTokensAndWrongSurnamesRevealNothing() async throws {
        try await withTanba { app, browser in
            #expect(try await browser.get("/verify/AAAAAAAAAAAAAAAAAAAAAA").status == .notFound)
            #expect(try await browser.get("/verify/MSCE20260001").status == .notFound)
            let api = try await browser.get("/api/v1/verify/AAAAAAAAAAAAAAAAAAAAAA")
            #expect(api.status == .notFound)
            #expect(!api.body.string.contains("learnerName"))
            let lookup = try await browser.get("/verify?number=MSCE20260001&surname=Иванов")
            #expect(lookup.status == .notFound)
            #expect(lookup.body.string.contains("Документ не найден"))
            // number-plus-surname lookups are rate-limited per client
            var statuses: [HTTPStatus] = []
            for index in 0..<12 { statuses.append(try await browser.get("/verify?number=MSCE2026000\(index)&surname=X").status) }
            #expect(statuses.contains(.tooManyRequests))
        }
    }

    @Test(arguments: [Role.teacher, .learner, .programDeveloper])
    func onlyTheRegistrarRunsAttestationAndRevokes(role: Role) async throws {
        try await withTanba { app, browser in
            let (intakeID, _) = try await Self.readyLearner(app)
            try await browser.login(as: role)
            let path = "/workspace/intakes/\(intakeID)/attestation"
            #expect(try await browser.get(path).status == .forbidden)
            #expect(try await browser.post(path, [("action", "commission"), ("orderNumber", "1")]).status == .forbidden)
            #expect(try await browser.get("/workspace/journal").status == .forbidden)
            #expect(try await CommissionModel.query(on: app.db).count() == 0)
        }
    }
}

/// The client's own copy of the verification wire type.
struct VerificationJSON: Decodable {
    let status: String
    let registrationNumber: String
    let learnerName: String
    let credits: String
    let hours: Int
}

/// Decodes the QR code on page 1 of a PDF with zbarimg (zbar-tools), an independent reader.
func decodeQR(_ pdf: Data) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-qr-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("c.pdf")
    try pdf.write(to: file)
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
    _ = try run("/usr/bin/pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", file.path, directory.appendingPathComponent("p").path])
    let page = try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasSuffix(".png") } ?? ""
    return try run("/usr/bin/zbarimg", ["--raw", "-q", directory.appendingPathComponent(page).path])
        .trimmingCharacters(in: .whitespacesAndNewlines)
}

import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaDemo
import TanbaPersistence
@testable import TanbaWeb

/// 004 §5.15: protocol → the rector's order on awarding → certificates.
@Suite(.serialized) struct AwardOrderPageTests {
    @Test func underSKMACertificatesWaitForTheRectorsOrderWhichPrintsAndIsCited() async throws {
        // the day after the commission meets (08.12.2026)
        let clock = MovableClock(Date(timeIntervalSince1970: 1_796_702_400))
        try await withTanba(clock: clock.clock) { app, browser in
            // setup: an SKMA institution and a closed protocol awarding the learner
            // (the intake was opened before the switch to SKMA, so it needs no approved teaching kit)
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await InstitutionSettings(database: app.db, clock: clock.clock)
                .apply(DemoInstitution.change(for: PolicyPresets.skma2026), by: .commandLine)
            try await browser.login(as: .registrar)
            let session = try await CertificationTests.openSession(browser, intakeID: intakeID)
            let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(session, [("action", "votes")] + votes).status == .seeOther)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            // act / check: issuing waits for the order, and the page says so
            let page = try await browser.get(session).body.string
            #expect(page.contains("Сертификаты выдаются на основании приказа ректора о присвоении: сначала внесите номер и дату приказа."))
            let refused = try await browser.post(session, [("action", "issue_all")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await CertificateModel.query(on: app.db).count() == 0)
            // an order dated before the meeting, or without a number, is refused
            let early = try await browser.post(session, [("action", "award_order"), ("orderNumber", ""), ("orderDate", "2026-12-07")])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("Укажите номер приказа. Приказ не может быть издан раньше заседания комиссии (08.12.2026)."))
            // the order as signed
            #expect(try await browser.post(session, [("action", "award_order"), ("orderNumber", "45-МК"), ("orderDate", "2026-12-08")])
                .status == .seeOther)
            let again = try await browser.post(session, [("action", "award_order"), ("orderNumber", "46-МК"), ("orderDate", "2026-12-08")])
            #expect(again.body.string.contains("уже внесён (№ 45-МК) и не изменяется"))
            let withOrder = try await browser.get(session).body.string
            #expect(withOrder.contains("Приказ о присвоении микроквалификации № 45-МК от 08.12.2026."))
            // the order prints: institution, number and date, the protocol, the learner, the rector
            let order = try await browser.get(session + "/award-order.pdf")
            #expect(order.status == .ok)
            let orderText = try pdfText(Data(order.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(orderText.contains("АО «Южно-Казахстанская медицинская академия»"))
            #expect(orderText.contains("ПРИКАЗ"))
            #expect(orderText.contains("№ 45-МК от 08.12.2026"))
            #expect(orderText.contains("На основании протокола заседания аттестационной комиссии № 3 от 08.12.2026"))
            #expect(orderText.contains("Присвоить микроквалификацию «Java-разработчик»"))
            #expect(orderText.contains("Тестовый learner"))
            #expect(orderText.contains("Е. М. Сарсенов"))
            // now the certificate is issued and cites the order
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            let text = try pdfText(Data(try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf").body.readableBytesView))
            #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("приказ № 45-МК от 08.12.2026"))
            #expect(try certificate.certifiedContent().awardOrder == AwardOrder(number: "45-МК", date: "2026-12-08"))
        }
    }

    @Test func elsewhereTheOrderIsOptional() async throws {
        try await withTanba(clock: .fixed(Date(timeIntervalSince1970: 1_796_702_400))) { app, browser in
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await CertificationTests.openSession(browser, intakeID: intakeID)
            let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(session, [("action", "votes")] + votes).status == .seeOther)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            #expect(try await browser.get(session).body.string.contains("Если по этому протоколу издан приказ ректора"))
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            #expect(try await CertificateModel.query(on: app.db).count() == 1)
        }
    }
}

import Fluent
import Foundation
import TanbaCore
import TanbaPersistence

/// Demo surveys (004 §5.12): the certified learners of ML Specialist and Statistics Essentials
/// answered the end-of-program survey when their certificates were issued, and ML Specialist's
/// partner employers answered by their single-use links (one link still waits).
struct DemoSurveys {
    let database: any Database
    let actors: [Role: ActingUser]

    /// Satisfaction, hours and comment, taken in turn by the certified learners.
    private static let learnerAnswers: [(satisfaction: Int, hours: Int, comment: String)] = [
        (5, 230, "Хорошие практические задания."), (4, 260, "Мало времени на итоговый проект."), (4, 240, ""),
        (3, 300, "Слишком много теории в первом модуле."), (5, 210, ""), (4, 250, "Нужны данные реальных компаний."),
        (5, 220, ""), (4, 270, ""), (3, 280, "Хотелось бы больше консультаций."),
    ]

    private static let employers: [(recipient: String, ratings: [Int], demand: SkillDemand, comment: String)] = [
        ("АО «Казахтелеком» — Омарова Д. С.", [4, 5, 4, 4], .high, "Выпускники сразу работают с нашими данными."),
        ("ТОО «Kolesa Group» — Ахметов Р. Б.", [4, 4, 3, 4], .high, ""),
        ("АО «Kaspi.kz» — отдел аналитики", [5, 4, 4, 3], .moderate, "Не хватает навыков MLOps."),
        ("ТОО «BI Group» — ИТ-департамент", [3, 4, 4, 4], .moderate, ""),
        ("АО «Air Astana» — служба данных", [4, 4, 5, 4], .high, ""),
        ("ТОО «Chocofamily» — отдел персонала", [], .low, ""),
    ]

    func load() async throws {
        guard let registrar = actors[.registrar] else { return }
        let certificates = try await CertificateModel.query(on: database).filter(\.$status == CertificateStatus.valid.rawValue)
            .sort(\.$issuedAt).all()
        let intakes = try await IntakeModel.query(on: database).all().byID()
        var turn = 0
        for certificate in certificates {
            guard let intake = intakes[certificate.intakeID],
                  let edition = try await ProgramEditionModel.find(intake.editionID, on: database) else { continue }
            let content = try edition.decodedContent()
            guard ["ML Specialist", "Statistics Essentials"].contains(content.title) else { continue }
            let answer = Self.learnerAnswers[turn % Self.learnerAnswers.count]
            var fields = ["hours": "\(answer.hours)", "satisfaction": "\(answer.satisfaction)", "comment": answer.comment]
            for (index, outcome) in content.learningOutcomes.enumerated() {
                fields["outcome.\(outcome.code)"] = (turn + index) % 4 == 3 ? "no" : "yes"
            }
            turn += 1
            // Answered a few days after the certificate, as the learner's page offers it.
            let surveys = Surveys(database: database, clock: .fixed(certificate.issuedAt.addingTimeInterval(3 * 86_400)), random: .system)
            try await surveys.answer(certificateID: try certificate.requireID(), learnerID: certificate.learnerID, fields: fields)
        }
        // ML Specialist's employers, asked in November 2026 before its monitoring.
        let registry = try await RegistryStore(database: database).search(RegistryQuery(perPage: 100))
        guard let ml = registry.entries.first(where: { $0.content.title == "ML Specialist" }), let code = ml.program.code else { return }
        let outcomes = try ml.edition.decodedContent().learningOutcomes.map(\.code)
        for (index, employer) in Self.employers.enumerated() {
            let day = DemoData.date("2026-11-02").addingTimeInterval(Double(index) * 86_400)
            let token = try await Surveys(database: database, clock: .fixed(day), random: .system).invite(code: code, recipient: employer.recipient,
                                                                                                          by: registrar)
            guard !employer.ratings.isEmpty else { continue }
            var fields = ["demand": employer.demand.rawValue, "comment": employer.comment]
            for (number, outcome) in outcomes.enumerated() {
                fields["rating.\(outcome)"] = number < employer.ratings.count ? "\(employer.ratings[number])" : "na"
            }
            try await Surveys(database: database, clock: .fixed(day.addingTimeInterval(2 * 86_400)), random: .system).answer(token: token, fields: fields)
        }
    }
}

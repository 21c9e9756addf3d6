import Fluent
import Foundation
import TanbaCore
import TanbaPersistence

/// Demo monitoring (004 §8.2, §8.4): one program kept after its monitoring with an action plan
/// under way, one withdrawn as not in demand, one whose monitoring is overdue with the department's
/// findings waiting for the council.
struct DemoMonitoring {
    let database: any Database
    let actors: [Role: ActingUser]

    func load() async throws {
        guard let developer = actors[.programDeveloper], let secretary = actors[.councilSecretary] else { return }
        let registry = try await RegistryStore(database: database).search(RegistryQuery(perPage: 100))
        func program(_ title: String) -> String? { registry.entries.first { $0.content.title == title }?.program.code }
        // ML Specialist: monitored at the end of November and kept; one action done, one under way.
        if let ml = program("ML Specialist") {
            let monitoring = ProgramMonitoring(database: database, clock: .fixed(DemoData.date("2026-11-25")))
            try await monitoring.saveFindings(code: ml, findings: "Набор устойчивый, сертификаты выданы по итогам осенней аттестации. "
                + "Работодатели (АО «Казахтелеком») просят больше практики на реальных данных; слушатели отмечают нехватку часов на проект.",
                actions: "Добавить кейс на данных АО «Казахтелеком»; Нурланова А. С.; 20.12.2026\n"
                    + "Перераспределить 10 ч с лекций на проект; Касымов Е. Т.; 15.01.2027", by: developer)
            try await monitoring.decide(code: ml, .keep, protocolNumber: "7", meetingDate: "2026-11-25", by: secretary)
            if let first = try await MonitoringActionModel.query(on: database).sort(\.$position).first() {
                try await ProgramMonitoring(database: database, clock: .fixed(DemoData.date("2026-11-28"))).markDone(try first.requireID(), by: developer)
            }
        }
        // Front-end Developer: no intake in two years; the council withdrew it at the same meeting (004 §8.4).
        if let frontEnd = program("Front-end Developer") {
            try await ProgramMonitoring(database: database, clock: .fixed(DemoData.date("2026-11-18"))).saveFindings(
                code: frontEnd, findings: "За два года не открыто ни одного набора: заявлений нет, работодатели-партнёры не подтвердили "
                    + "потребность. Кафедра предлагает вывести программу из реестра.", actions: "", by: developer)
            try await ProgramMonitoring(database: database, clock: .fixed(DemoData.date("2026-11-25"))).decide(
                code: frontEnd, .withdraw, protocolNumber: "7", meetingDate: "2026-11-25", by: secretary)
        }
                // Statistics Essentials: its registration ran out on 30 November; the findings wait for the council.
        if let statistics = program("Statistics Essentials"),
           let model = try await ProgramModel.query(on: database).filter(\.$code == statistics).first() {
            model.validUntil = DemoData.date("2026-11-30")
            try await model.update(on: database)
            try await ProgramMonitoring(database: database, clock: .fixed(DemoData.date("2026-12-01"))).saveFindings(
                code: statistics, findings: "За год нет ни одного заявления; содержание не обновлялось. Кафедра предлагает вывести программу "
                    + "или объединить её с ML Specialist.", actions: "", by: developer)
        }
    }
}

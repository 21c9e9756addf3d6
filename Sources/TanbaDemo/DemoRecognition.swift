import Fluent
import Foundation
import TanbaCore
import TanbaPersistence

/// Recognition in the demo (004 §7): a degree-program catalogue, two academic periods, both bodies
/// formed by order, and cases in every state the workflow has so far — submitted, with the experts
/// and overdue, concluded, granted and entered (grant-funded), partly granted and entered with the
/// tuition reduced, refused with reasons, and non-formal learning after its interview.
struct DemoRecognition {
    let database: any Database
    let storage: any DocumentStorage
    let issuer: OpenBadgesIssuer
    let actors: [Role: ActingUser]

    static let catalogue = """
    program_code,program_name,level,discipline_code,discipline_name,credits,period,learning_outcomes
    6B06102,Информационные системы,bachelor,PRG1101,Программирование на Python,5,1,"Пишет программы на Python
    Применяет структуры данных
    Тестирует и отлаживает код"
    6B06102,Информационные системы,bachelor,DB2203,Базы данных,5,3,"Проектирует реляционные схемы
    Пишет запросы SQL
    Обеспечивает целостность данных"
    6B06102,Информационные системы,bachelor,WEB2205,Веб-разработка,5,4,"Разрабатывает клиентскую часть
    Создаёт REST API"
    6B06102,Информационные системы,bachelor,ML3307,Основы машинного обучения,6,5,"Готовит данные для обучения моделей
    Обучает и оценивает модели
    Интерпретирует результаты"
    6B06102,Информационные системы,bachelor,PM3310,Управление ИТ-проектами,4,6,"Планирует проект
    Управляет рисками"
    7M06103,Data Science,master,DS7101,Статистический анализ данных,6,1,"Проверяет статистические гипотезы
    Строит регрессионные модели"
    7M06103,Data Science,master,DS7104,Глубокое обучение,6,2,"Проектирует нейронные сети
    Обучает модели на GPU"
    """

    func day(_ text: String) -> Date { DemoData.date(text) }

    func load() async throws {
        guard let registrar = actors[.registrar], let teacher = actors[.teacher], let secretary = actors[.councilSecretary],
              let expert = actors[.internalExpert], let employer = actors[.externalExpert], let developer = actors[.programDeveloper]
        else { return }
        let catalogue = RecognitionCatalogueStore(database: database, clock: .fixed(day("2026-08-25")))
        _ = try await catalogue.importPrograms(Data(Self.catalogue.utf8), by: registrar)
        for (title, start, end) in [("Осенний семестр 2026-2027", "2026-09-01", "2026-12-26"), ("Весенний семестр 2026-2027", "2027-01-18", "2027-05-29")] {
            if let starts = CalendarDay(iso: start), let ends = CalendarDay(iso: end) {
                try await catalogue.addPeriod(AcademicPeriod(title: title, startsOn: starts, endsOn: ends), by: registrar)
            }
        }
        let bodies = RecognitionBodies(database: database, clock: .fixed(day("2026-09-02")))
        _ = try await bodies.form(.commission, orderNumber: "215-П", orderDate: "2026-09-02", members: [
            RecognitionBodyMember(userID: expert.id, seat: .chair, kind: .teachingStaff),
            RecognitionBodyMember(userID: secretary.id, seat: .secretary, kind: .administrativeStaff),
            RecognitionBodyMember(userID: teacher.id, seat: .member, kind: .teachingStaff),
            RecognitionBodyMember(userID: employer.id, seat: .member, kind: .employer),
            RecognitionBodyMember(userID: developer.id, seat: .member, kind: .teachingStaff),
        ], by: registrar)
        _ = try await bodies.form(.expertGroup, orderNumber: "216-П", orderDate: "2026-09-02", members: [
            RecognitionBodyMember(userID: teacher.id, seat: .chair, kind: .teachingStaff),
            RecognitionBodyMember(userID: registrar.id, seat: .secretary, kind: .administrativeStaff),
            RecognitionBodyMember(userID: employer.id, seat: .member, kind: .employer),
            RecognitionBodyMember(userID: developer.id, seat: .member, kind: .teachingStaff),
        ], by: registrar)
        let learners = try await UserModel.query(on: database).filter(\.$roleRaw == Role.learner.rawValue).sort(\.$login).all()
        func learner(_ login: String) -> ActingUser? {
            learners.first { $0.login == login }.flatMap { user in user.id.map { ActingUser(id: $0, name: user.fullName, role: .learner) } }
        }
        guard let spring = try await catalogue.periods().first(where: { $0.period.title.hasPrefix("Весенний") })?.id,
              let aliya = learner("aliya"), let timur = learner("timur"), let dana = learner("dana"), let arman = learner("arman"),
              let gulnar = learner("gulnar"), let ilyas = learner("ilyas") else { return }
        let commission = [expert, teacher, employer, developer]
        let allFor = Dictionary(uniqueKeysWithValues: commission.map { ($0.id, AttestationVote.award) })

        // 1. Coursera, granted in full, decided at the November meeting.
        let python = try await file(aliya, on: "2026-11-02", period: spring, targets: ["PRG1101"], source: RecognitionSource(
            kind: .moocPlatform, issuer: "Coursera / University of Michigan", country: "США", title: "Python for Everybody Specialization",
            hours: 160, credits: nil, grade: .percent(Decimal(string: "96.4") ?? 96), completedOn: CalendarDay(iso: "2026-07-20")))
        try await refer(python, on: "2026-11-02")
        try await conclude(python, by: teacher, on: "2026-11-04", sheets: [1: (sheet(.full, covered: [1, 2, 3]), nil)])
        try await decide(python, on: "2026-11-10", protocolNumber: "4", votes: allFor, reasons: "")
        // a grant-funded student: entered without a fee to reduce
        _ = try await RecognitionEntries(database: database, clock: .fixed(day("2026-11-12")))
            .enter(python, orderNumber: "301-Д", orderDate: "2026-11-12", pricePerCredit: nil, by: registrar)

        // 2. Another university, partly granted: databases in full, web development in part.
        let enu = try await file(dana, on: "2026-11-03", period: spring, targets: ["DB2203", "WEB2205"], source: RecognitionSource(
            kind: .university, issuer: "Евразийский национальный университет им. Л. Н. Гумилёва", country: "Казахстан",
            title: "Микроквалификация «Backend-разработчик»", hours: nil, credits: Credits(8), grade: .letter("B+"),
            completedOn: CalendarDay(iso: "2026-06-15")), documents: [.identityDocument, .certificate, .transcript, .syllabus])
        try await refer(enu, on: "2026-11-03")
        try await conclude(enu, by: employer, on: "2026-11-05", sheets: [
            1: (sheet(.full, covered: [1, 2, 3]), nil),
            2: (sheet(.partial, covered: [2], differing: (.learningOutcomes, .minorDifference, "Клиентская часть не изучалась, REST API — в полном объёме")), Credits(3)),
        ])
        try await decide(enu, on: "2026-11-10", protocolNumber: "4", votes: allFor, reasons: "")
        // a fee-paying student: 8 credits × 25 000 ₸ come off the contract
        _ = try await RecognitionEntries(database: database, clock: .fixed(day("2026-11-12")))
            .enter(enu, orderNumber: "302-Д", orderDate: "2026-11-12", pricePerCredit: Tenge(parsing: "25 000"), by: registrar)

        // 3. edX, refused: 12 hours cannot stand for a 6-credit discipline.
        let edx = try await file(timur, on: "2026-11-04", period: spring, targets: ["ML3307"], source: RecognitionSource(
            kind: .moocPlatform, issuer: "edX / HarvardX", country: "США", title: "Introduction to Machine Learning (short course)",
            hours: 12, credits: nil, grade: .passFail(passed: true), completedOn: CalendarDay(iso: "2026-05-30")))
        try await refer(edx, on: "2026-11-04")
        try await conclude(edx, by: developer, on: "2026-11-06", sheets: [
            1: (sheet(.none, covered: [2], differing: (.volume, .substantialDifference, "12 ч против 180 ч дисциплины")), nil)])
        try await decide(edx, on: "2026-11-10", protocolNumber: "4", votes: allFor,
                         reasons: "Существенное различие в объёме: 12 ч курса против 180 ч дисциплины «Основы машинного обучения»; результаты РО1 и РО3 не достигнуты.")

        // 4. Non-formal learning: an internship, interviewed, concluded and waiting for the commission.
        let internship = try await file(gulnar, on: "2026-11-16", period: spring, targets: ["PM3310"], source: RecognitionSource(
            kind: .nonFormal, issuer: "АО «Казахтелеком», проектный офис", country: "Казахстан", title: "Стажировка «Управление ИТ-проектами»",
            hours: 120, credits: nil, grade: .passFail(passed: true), completedOn: CalendarDay(iso: "2026-10-30")))
        try await refer(internship, on: "2026-11-16")
        try await conclude(internship, by: teacher, on: "2026-11-18", sheets: [1: (sheet(.full, covered: [1, 2]), nil)])
        try await RecognitionExpertise(database: database, clock: .fixed(day("2026-11-20"))).recordInterview(
            internship, heldOn: "2026-11-20", members: "Касымов Е., Тулегенов Б., Омарова Д.", passed: true,
            notes: "Представила план проекта и реестр рисков; ответила на вопросы комиссии.", by: registrar)
        // two members have voted from their own accounts; the meeting is not recorded yet
        let ballots = RecognitionBallots(database: database, clock: .fixed(day("2026-11-23")))
        try await ballots.cast(.award, on: internship, by: teacher)
        try await ballots.cast(.award, on: internship, by: employer)

        // 5. With the experts and overdue: referred on 16 November, the conclusion was due 19 November.
        let stanford = try await file(ilyas, on: "2026-11-16", period: spring, targets: ["DB2203"], source: RecognitionSource(
            kind: .moocPlatform, issuer: "Stanford Online", country: "США", title: "Databases: Relational Databases and SQL",
            hours: 40, credits: nil, grade: .percent(88), completedOn: CalendarDay(iso: "2026-09-12")))
        try await refer(stanford, on: "2026-11-16")

        // 7. Automatic recognition (003): a partner university, trusted by the commission, and a rule kept
        // from the first of its credentials decided by vote; the next one is recognised at once, while a
        // credential from an issuer nobody trusted goes the manual way.
        let partner = PartnerIssuer(name: "Satbayev University (демо)")
        let automation = RecognitionAutomation(database: database, clock: .fixed(day("2026-10-15")))
        _ = try await automation.trust(TrustedProvider(name: partner.name, country: "Казахстан", issuerIDs: [partner.did]),
                                       protocolNumber: "3", decidedOn: "2026-10-15", by: registrar)
        // a second partner is known by the address of its issuer profile, uploaded with its key
        let profiled = PartnerIssuer(name: "Казахстанско-Британский технический университет (демо)", profileURL: "https://kbtu.example.kz/issuer")
        let kbtu = try await automation.trust(TrustedProvider(name: profiled.name, country: "Казахстан", issuerIDs: [profiled.issuerID]),
                                              protocolNumber: "3", decidedOn: "2026-10-15", by: registrar)
        try await automation.uploadProfile(profiled.profileDocument(), for: try kbtu.requireID(), by: registrar)
        let sqlID = "https://satbayev.example.kz/achievements/sql-developer"
        let ruled = try await file(timur, on: "2026-11-05", period: spring, targets: ["DB2203"], source: RecognitionSource(
            kind: .university, issuer: partner.name, country: "Казахстан", title: "SQL Developer", hours: 150, credits: nil,
            grade: .percent(90), completedOn: CalendarDay(iso: "2026-10-01")), documents: [.identityDocument, .transcript, .syllabus],
            credential: try partner.credential(achievementID: sqlID, achievementName: "SQL Developer", learner: timur.name, points: 90,
                                               issued: day("2026-10-01")))
        try await refer(ruled, on: "2026-11-05")
        try await conclude(ruled, by: teacher, on: "2026-11-06", sheets: [1: (sheet(.full, covered: [1, 2, 3]), nil)])
        try await decide(ruled, on: "2026-11-10", protocolNumber: "4", votes: allFor, reasons: "")
        _ = try await RecognitionAutomation(database: database, clock: .fixed(day("2026-11-12")))
            .makeRule(from: ruled, minimumPercent: 75, maximumAgeMonths: 24, validUntil: nil, by: registrar)
        _ = try await file(ilyas, on: "2026-11-20", period: spring, targets: ["DB2203"], source: RecognitionSource(
            kind: .university, issuer: partner.name, country: "Казахстан", title: "SQL Developer", hours: 150, credits: nil,
            grade: .percent(88), completedOn: CalendarDay(iso: "2026-11-01")), documents: [.identityDocument, .transcript, .syllabus],
            credential: try partner.credential(achievementID: sqlID, achievementName: "SQL Developer", learner: ilyas.name, points: 88,
                                               issued: day("2026-11-01")))
        let stranger = PartnerIssuer(name: "Global Skills Academy")
        _ = try await file(dana, on: "2026-11-25", period: spring, targets: ["DB2203"], source: RecognitionSource(
            kind: .moocPlatform, issuer: stranger.name, country: "Великобритания", title: "SQL Developer", hours: 40, credits: nil,
            grade: .percent(95), completedOn: CalendarDay(iso: "2026-11-10")), documents: [.identityDocument, .syllabus],
            credential: try stranger.credential(achievementID: "https://skills.example.org/sql", achievementName: "SQL Developer",
                                                learner: dana.name, points: 95, issued: day("2026-11-10")))

        // 6. Just submitted, waiting to be referred.
        _ = try await file(arman, on: "2026-12-01", period: spring, targets: ["PRG1101", "WEB2205"], source: RecognitionSource(
            kind: .researchCentre, issuer: "Назарбаев Университет, Институт интеллектуальных систем", country: "Казахстан",
            title: "Летняя школа по разработке программного обеспечения", hours: 150, credits: nil, grade: .percent(81),
            completedOn: CalendarDay(iso: "2026-08-20")), documents: [.identityDocument, .certificate, .transcript, .syllabus])
    }

    private func file(_ learner: ActingUser, on date: String, period: UUID, targets: [String], source: RecognitionSource,
                      documents: [RecognitionDocumentKind] = [.identityDocument, .certificate, .syllabus],
                      credential: Data? = nil) async throws -> UUID {
        let clock = Clock.fixed(day(date))
        let cases = RecognitionCases(database: database, storage: storage, uploadRules: UploadRules(),
                                     verifier: InstallationVerifier(database: database, issuer: issuer, clock: clock), clock: clock)
        let uploads = documents.map { RecognitionCases.Upload(kind: $0, fileName: "\($0.rawValue).pdf", bytes: DemoLearning.samplePDF) }
        return try await cases.file(.init(learnerID: learner.id, purpose: .creditTransfer, periodID: period, programCode: "6B06102",
                                          disciplineCodes: targets, source: source, uploads: uploads, credential: credential), by: learner).requireID()
    }

    private func refer(_ id: UUID, on date: String) async throws {
        guard let registrar = actors[.registrar] else { return }
        let clock = Clock.fixed(day(date).addingTimeInterval(3600))
        _ = try await RecognitionCases(database: database, storage: storage, uploadRules: UploadRules(),
                                       verifier: InstallationVerifier(database: database, issuer: issuer, clock: clock), clock: clock)
            .refer(id, by: registrar)
    }

    private func sheet(_ proposal: ComparisonSheet.Proposal, covered: Set<Int>,
                       differing: (ComparisonSheet.Element, ComparisonSheet.Verdict, String)? = nil) -> ComparisonSheet {
        var assessments = Dictionary(uniqueKeysWithValues: ComparisonSheet.Element.allCases.map { ($0, ComparisonSheet.Assessment(.matches, "")) })
        if let differing { assessments[differing.0] = .init(differing.1, differing.2) }
        return ComparisonSheet(assessments: assessments, outcomeMatches: [.init(source: "По силлабусу источника", targets: covered)],
                               targetOutcomeCount: 3, proposal: proposal)
    }

    private func conclude(_ id: UUID, by expert: ActingUser, on date: String,
                          sheets: [Int: (ComparisonSheet, Credits?)]) async throws {
        let disciplines = try await RecognitionCaseDisciplineModel.query(on: database).filter(\.$caseID == id).sort(\.$position).all()
        var entries: [Int: RecognitionExpertise.Entry] = [:]
        for row in disciplines {
            guard let (sheet, credits) = sheets[row.position] else { continue }
            let count = try row.degreeDiscipline.learningOutcomes.count
            entries[row.position] = .init(sheet: ComparisonSheet(assessments: sheet.assessments, outcomeMatches: sheet.outcomeMatches,
                                                                 targetOutcomeCount: count, proposal: sheet.proposal), credits: credits)
        }
        _ = try await RecognitionExpertise(database: database, clock: .fixed(day(date))).conclude(id, entries: entries, by: expert)
    }

    private func decide(_ id: UUID, on date: String, protocolNumber: String, votes: [UUID: AttestationVote], reasons: String) async throws {
        guard let registrar = actors[.registrar] else { return }
        _ = try await RecognitionDecisions(database: database, clock: .fixed(day(date).addingTimeInterval(7200))).decide(id, meeting: .init(
            protocolNumber: protocolNumber, meetingDate: date, votes: votes, reasons: reasons), by: registrar)
    }
}

import Fluent
import Foundation
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Noon on 20.05.2026 in Almaty: the fixture intake (study 01.06–28.08.2026) still takes applications,
/// which close on 31.05; `testNow` (29.08.2026) is after its study ended.
let applicationDay = Date(timeIntervalSince1970: 1_779_260_400)

/// A registered program with two disciplines and an open intake whose discipline 1 the test teacher grades.
struct EnrollmentFixture {
    let intakeID: UUID
    let programCode: String

    static func make(_ app: Application, prerequisites: String = "", price: Tenge? = Tenge(parsing: "150000")) async throws -> EnrollmentFixture {
        let db = app.db
        func actor(_ role: Role) async throws -> ActingUser {
            let user = try await UserModel.query(on: db).filter(\.$login == role.rawValue).first()
            guard let user, let id = user.id else { throw Abort(.internalServerError) }
            return ActingUser(id: id, name: user.fullName, role: role)
        }
        let developer = try await actor(.programDeveloper)
        var content = ProgramContent(
            title: "Java Developer", programType: "program",
            passport: ProgramPassport(fieldOfEducation: "06 ИКТ", groupOfPrograms: "B058", department: "Кафедра ПИ",
                                      languages: [.russian, .kazakh], partnerOrganisation: "", studyForm: .online,
                                      nqfLevel: 6, sectorFrameworkLevel: nil, eqfLevel: 6, professionalStandard: ""),
            goal: "Подготовить разработчика.", tasks: "", description: "", prerequisites: prerequisites,
            learningOutcomes: [LearningOutcome(code: "РО1", text: "писать код", assessmentMethod: "проект", criteria: "≥50",
                                               teachingMethod: "практика")],
            disciplines: [
                Discipline(name: "Основы Java", description: "", credits: Credits(4),
                           hours: HoursSplit(lecture: 40, seminar: 40, training: 0, other: 0, independent: 40),
                           competenceCodes: [], outcomeCodes: ["РО1"]),
                Discipline(name: "ООП на Java", description: "", credits: Credits(3),
                           hours: HoursSplit(lecture: 30, seminar: 30, training: 0, other: 0, independent: 30),
                           competenceCodes: [], outcomeCodes: ["РО1"]),
            ],
            literature: "", resources: "",
            qualification: LocalizedText(ru: "Java-разработчик", kk: "Java-әзірлеуші", en: "Java Developer"))
        content.title = "Java Developer"
        let program = ProgramModel(createdBy: developer.id, createdAt: Date())
        program.code = "TEST-MC-001"
        try await program.create(on: db)
        let edition = try ProgramEditionModel(programID: try program.requireID(), number: 1, content: content,
                                              createdBy: developer.id, at: Date())
        edition.setEditionStatus(.registered)
        try await edition.create(on: db)
        program.publicEditionID = try edition.requireID()
        try await program.update(on: db)
        let registrar = try await actor(.registrar)
        let intakes = IntakeStore(database: db, clock: .live)
        let intake = try await intakes.open(.init(
            programCode: "TEST-MC-001", title: "Лето 2026", startsOn: "2026-06-01", endsOn: "2026-08-28", capacity: 2,
            language: .russian, studyForm: .online, responsiblePerson: "Касымов Е. Т.", price: price), by: registrar)
        try await intakes.assign(teacher: try await actor(.teacher).id, discipline: 1, of: intake, by: registrar)
        return EnrollmentFixture(intakeID: try intake.requireID(), programCode: "TEST-MC-001")
    }
}

/// A file for a multipart form.
struct UploadFile {
    let field: String
    let filename: String
    let contentType: String
    let bytes: [UInt8]

    static func pdf(_ field: String = "identityDocument", name: String = "id.pdf") -> UploadFile {
        UploadFile(field: field, filename: name, contentType: "application/pdf", bytes: Array("%PDF-1.4\n%%EOF\n".utf8))
    }
}

extension Browser {
    /// Posts a multipart form with the CSRF token.
    @discardableResult
    func postMultipart(_ path: String, fields: [(String, String)] = [], files: [UploadFile]) async throws -> TestingHTTPResponse {
        if csrf.isEmpty { try await get("/login") }
        let boundary = "TanbaBoundary\(UUID().uuidString.prefix(8))"
        var body = ByteBuffer()
        for (name, value) in fields + [("_csrf", csrf)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\n"
                             + "Content-Type: \(file.contentType)\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await sendRaw(.POST, path, headers: headers, body: body)
    }
}

/// Text of a PDF as pdftotext (poppler-utils, an independent reader) extracts it.
/// The text of a PDF as pdftotext reads it: laid out as on the page, or `raw` in content order
/// (which keeps rotated text, such as a stamp, in one piece).
func pdfText(_ data: Data, raw: Bool = false) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-\(UUID()).pdf")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = [raw ? "-raw" : "-layout", file.path, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}

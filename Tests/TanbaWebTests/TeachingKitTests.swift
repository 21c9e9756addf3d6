import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// The teaching kits (УМКД) of 004 §5.10: uploaded by the department, approved by the academic
/// committee, and under skma-2026 required before an intake opens.
@Suite(.serialized) struct TeachingKitTests {
    @Test func underSKMAAnIntakeWaitsForTheCommitteeToApproveEveryDisciplinesKit() async throws {
        try await withTanba { app, browser in
            // setup: the SKMA demo; one registered program whose kit nobody has uploaded
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let registry = try await RegistryStore(database: app.db).search(RegistryQuery(perPage: 100))
            let entry = try #require(registry.entries.first { !["ML Specialist", "Java Developer"].contains($0.content.title) })
            let code = try #require(entry.program.code)
            let editionID = try entry.edition.requireID()
            let kitPath = "/workspace/editions/\(editionID)/teaching-kit"
            let slots = entry.content.disciplines.count * 3
            let registrar = browser.fresh()
            try await registrar.login("registrar", password: "demo-registrar-2026")
            let intake = [("programCode", code), ("title", "Осень 2026"), ("startsOn", "2026-10-01"), ("endsOn", "2026-11-30"),
                          ("capacity", "20"), ("language", "ru"), ("studyForm", StudyForm.inPerson.rawValue),
                          ("responsiblePerson", "Касымов Е. Т."), ("price", "100000")]
            let before = try await IntakeModel.query(on: app.db).count()
            // act + check: refused while the kit is incomplete, with the count of missing documents
            let refused = try await registrar.post("/workspace/intakes", intake)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("в УМКД программы не хватает документов (\(slots))"))
            #expect(try await IntakeModel.query(on: app.db).count() == before)

            // every role only what it may: a learner sees nothing, a teacher reads, nobody else uploads
            let learner = browser.fresh()
            try await learner.login("aliya", password: "demo-learner-2026")
            #expect(try await learner.get(kitPath).status == .forbidden)
            let teacher = browser.fresh()
            try await teacher.login("teacher", password: "demo-teacher-2026")
            let teacherView = try await teacher.get(kitPath)
            #expect(teacherView.status == .ok)
            #expect(!teacherView.body.string.contains("teaching-kit/documents\" enctype"))
            #expect(try await teacher.postMultipart(kitPath + "/documents", fields: [("discipline", "1"), ("kind", "syllabus")],
                                                    files: [.pdf("file", name: "syllabus.pdf")]).status == .forbidden)

            // the department uploads; a file that is no PDF or image is refused by its content
            let developer = browser.fresh()
            try await developer.login("developer", password: "demo-developer-2026")
            let exe = UploadFile(field: "file", filename: "syllabus.pdf", contentType: "application/pdf", bytes: Array("MZ\u{90}\u{0}".utf8))
            let wrong = try await developer.postMultipart(kitPath + "/documents", fields: [("discipline", "1"), ("kind", "syllabus")],
                                                          files: [exe])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("принимаются только PDF, JPEG и PNG"))
            let beyond = try await developer.postMultipart(kitPath + "/documents", fields: [("discipline", "\(entry.content.disciplines.count + 1)"),
                                                                                           ("kind", "syllabus")], files: [.pdf("file")])
            #expect(beyond.status == .unprocessableEntity)
            for discipline in 1...entry.content.disciplines.count {
                for kind in TeachingKitDocumentKind.allCases {
                    let uploaded = try await developer.postMultipart(kitPath + "/documents",
                                                                     fields: [("discipline", "\(discipline)"), ("kind", kind.rawValue)],
                                                                     files: [.pdf("file", name: "\(kind.rawValue)-\(discipline).pdf")])
                    #expect(uploaded.status == .seeOther)
                }
            }
            #expect(try await developer.get(kitPath).body.string.contains("Все документы загружены, ждёт утверждения академическим комитетом"))
            #expect(try await developer.post(kitPath + "/approval", [("protocolNumber", "7"), ("meetingDate", "2026-08-28")]).status == .forbidden)
            // complete but not approved: still no intake
            #expect(try await registrar.post("/workspace/intakes", intake).body.string.contains("ещё не утверждён академическим комитетом"))

            // the academic committee approves by its protocol, not from the future
            let committee = browser.fresh()
            try await committee.login("expert", password: "demo-expert-2026")
            let future = try await committee.post(kitPath + "/approval", [("protocolNumber", "7"), ("meetingDate", "2026-08-30")])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("не может быть позже сегодняшнего дня (29.08.2026)"))
            #expect(try await committee.post(kitPath + "/approval", [("protocolNumber", "7"), ("meetingDate", "2026-08-28")]).status == .seeOther)
            let approved = try await committee.get(kitPath).body.string
            #expect(approved.contains("Утверждён академическим комитетом: протокол № 7 от 28.08.2026"))
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "teaching_kit_approved").count() >= 1)

            // now the intake opens
            #expect(try await registrar.post("/workspace/intakes", intake).status == .seeOther)
            #expect(try await IntakeModel.query(on: app.db).count() == before + 1)

            // a document changed after the approval sends the kit back to the committee; the old one stays on record
            #expect(try await developer.postMultipart(kitPath + "/documents", fields: [("discipline", "1"), ("kind", "syllabus")],
                                                      files: [.pdf("file", name: "syllabus-v2.pdf")]).status == .seeOther)
            let changed = try await developer.get(kitPath).body.string
            #expect(changed.contains("Документы изменены после утверждения"))
            #expect(changed.contains("syllabus-v2.pdf"))
            #expect(try await TeachingKitDocumentModel.query(on: app.db).filter(\.$editionID == editionID).count() == slots + 1)
            // the documents are the staff's to read
            let document = try #require(try await TeachingKitDocumentModel.query(on: app.db).filter(\.$editionID == editionID).first())
            #expect(try await teacher.get("/workspace/teaching-kit/documents/\(try document.requireID())").status == .ok)
            #expect(try await learner.get("/workspace/teaching-kit/documents/\(try document.requireID())").status == .forbidden)
        }
    }

    @Test func theDemoProgramsTaughtUnderSKMAHaveTheirKitsApproved() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let intake = try #require(try await IntakeModel.query(on: app.db).first())
            let developer = browser.fresh()
            try await developer.login("developer", password: "demo-developer-2026")
            let edition = try await developer.get("/workspace/editions/\(intake.editionID)").body.string
            #expect(edition.contains("/workspace/editions/\(intake.editionID)/teaching-kit"))
            let page = try await developer.get("/workspace/editions/\(intake.editionID)/teaching-kit").body.string
            #expect(page.contains("Утверждён академическим комитетом: протокол № 2"))
            #expect(page.contains("Контрольно-измерительные средства"))
        }
    }

    @Test func aScannedSyllabusUpToTheUploadLimitUploadsAndOnePastItIsRefused() async throws {
        try await withTanba { app, browser in
            _ = try await EnrollmentFixture.make(app)
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).first())
            let path = "/workspace/editions/\(try edition.requireID())/teaching-kit/documents"
            try await browser.login(as: .programDeveloper)
            // the tests' upload limit is 1 MB
            let scan = Array("%PDF-1.4\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 1000 * 1024)
            let uploaded = try await browser.postMultipart(path, fields: [("discipline", "1"), ("kind", "syllabus")],
                                                           files: [UploadFile(field: "file", filename: "syllabus.pdf", contentType: "application/pdf", bytes: scan)])
            #expect(uploaded.status == .seeOther)
            let huge = Array("%PDF-1.4\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 1100 * 1024)
            let refused = try await browser.postMultipart(path, fields: [("discipline", "1"), ("kind", "resource_map")],
                                                          files: [UploadFile(field: "file", filename: "map.pdf", contentType: "application/pdf", bytes: huge)])
            #expect(refused.status == .payloadTooLarge || refused.status == .unprocessableEntity)
            #expect(try await TeachingKitDocumentModel.query(on: app.db).count() == 1)
        }
    }
}

import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

@Suite(.serialized) struct RegistryTests {
    /// Loads the demo (AITU policy) into the test database.
    func loadDemo(_ app: Application) async throws {
        try await app.autoRevert()
        try await app.autoMigrate()
        let storage = try DirectoryDocumentStorage(directory: FileManager.default.temporaryDirectory
            .appendingPathComponent("tanba-demo-\(UUID())"))
        try await DemoData(policyName: "aitu").load(on: app.db, storage: storage, localizer: app.localizer,
                                                   issuer: try #require(app.services).issuer)
    }

    @Test func theDemoRegistryShowsTheRegisteredProgramsOfSeed001() async throws {
        try await withTanba { app, browser in
            try await loadDemo(app)
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            let html = page.body.string
            for title in ["ML Specialist", "Statistics Essentials", "Java Developer"] {
                #expect(html.contains(title), "\(title) missing from the registry")
            }
            // programs still in approval are not public, nor one the council withdrew after its monitoring (004 §8.4)
            for title in ["C++ Developer", "Game Unity Developer", "Quality Control specialist", "Python Developer", "Front-end Developer"] {
                #expect(!html.contains(title), "\(title) should not be public yet")
            }
            let json = try await browser.get("/api/v1/programs")
            let list = try JSONDecoder().decode(ProgramListJSON.self, from: Data(json.body.readableBytesView))
            #expect(list.total == 3)
            let ml = try #require(list.items.first { $0.title == "ML Specialist" })
            #expect(ml.credits == "6")
            #expect(ml.hours == 180)
        }
    }

    @Test func aNewEditionInReviewLeavesTheRegisteredOnePublic() async throws {
        try await withTanba { app, browser in
            try await loadDemo(app)
            let list = try JSONDecoder().decode(ProgramListJSON.self,
                                                from: Data(try await browser.get("/api/v1/programs?q=ml").body.readableBytesView))
            let code = try #require(list.items.first?.code)
            let page = try await browser.get("/programs/\(code)")
            #expect(page.body.string.contains("Big Data"))
            #expect(!page.body.string.contains("Hands-On Machine Learning"))
        }
    }

    @Test func filtersWorkOnThePageAndTheAPI() async throws {
        try await withTanba { app, browser in
            try await loadDemo(app)
            func titles(_ query: String) async throws -> [String] {
                let response = try await browser.get("/api/v1/programs?\(query)")
                return try JSONDecoder().decode(ProgramListJSON.self, from: Data(response.body.readableBytesView)).items.map(\.title)
            }
            #expect(try await titles("q=java") == ["Java Developer"])
            #expect(try await titles("language=en") == ["ML Specialist"])
            #expect(try await titles("form=online") == ["Statistics Essentials"])
            #expect(try await titles("form=blended") == ["ML Specialist"])
            #expect(try await titles("minCredits=8") == ["Statistics Essentials"])
            #expect(try await titles("nqf=5").isEmpty, "the NQF 5 program was withdrawn")
            #expect(try await titles("nqf=6").count == 3)
            #expect(try await titles("perPage=2&page=2").count == 1)
            let page = try await browser.get("/?q=Statistics")
            #expect(page.body.string.contains("Statistics Essentials"))
            #expect(!page.body.string.contains("Java Developer"))
        }
    }

    @Test(arguments: ["nqf=9", "nqf=abc", "language=de", "form=distance", "minCredits=-1", "page=0", "perPage=1000"])
    func badFiltersGetAClearError(query: String) async throws {
        try await withTanba { _, browser in
            let api = try await browser.get("/api/v1/programs?\(query)")
            #expect(api.status == .badRequest)
            #expect(api.body.string.contains("\"reason\""))
            let page = try await browser.get("/?\(query)")
            #expect(page.status == .badRequest)
            #expect(page.body.string.contains("Недопустимое значение параметра"))
        }
    }

    @Test func anUnknownCodeIsNotFound() async throws {
        try await withTanba { _, browser in
            #expect(try await browser.get("/programs/NOPE-1").status == .notFound)
            let api = try await browser.get("/api/v1/programs/NOPE-1")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType == .json)
        }
    }

    @Test func theRegistryApplicationHasTheTenRowsOfAppendixD() async throws {
        try await withTanba { app, browser in
            try await loadDemo(app)
            let list = try JSONDecoder().decode(ProgramListJSON.self,
                                                from: Data(try await browser.get("/api/v1/programs?q=statistics").body.readableBytesView))
            let code = try #require(list.items.first?.code)
            let page = try await browser.get("/programs/\(code)/registry-application")
            let html = page.body.string
            #expect(html.contains("Заявка для включения в Реестр образовательных программ"))
            #expect(html.contains("Astana IT University"))
            #expect(html.contains("8 кредитов (240 акад. ч.)"))
            #expect(html.contains("строить оценки неизвестных параметров"))
        }
    }
}

/// The client's own copy of the list wire type.
struct ProgramListJSON: Decodable {
    struct Item: Decodable {
        let code: String
        let title: String
        let credits: String
        let hours: Int
    }
    let items: [Item]
    let total: Int
}

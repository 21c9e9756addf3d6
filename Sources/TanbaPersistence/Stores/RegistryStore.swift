import Fluent
import Foundation
import TanbaCore

/// Filters of the public registry (SPEC §4); every field optional.
public struct RegistryQuery: Sendable, Equatable {
    public var text: String?
    public var nqfLevel: Int?
    public var field: String?
    public var language: LanguageCode?
    public var studyForm: StudyForm?
    public var minCredits: Credits?
    public var maxCredits: Credits?
    public var page: Int
    public var perPage: Int

    public init(text: String? = nil, nqfLevel: Int? = nil, field: String? = nil, language: LanguageCode? = nil,
                studyForm: StudyForm? = nil, minCredits: Credits? = nil, maxCredits: Credits? = nil,
                page: Int = 1, perPage: Int = 20) {
        self.text = text
        self.nqfLevel = nqfLevel
        self.field = field
        self.language = language
        self.studyForm = studyForm
        self.minCredits = minCredits
        self.maxCredits = maxCredits
        self.page = max(1, page)
        self.perPage = min(100, max(1, perPage))
    }
}

/// A registered program as the public sees it.
public struct RegistryEntry: Sendable {
    public let program: ProgramModel
    public let edition: ProgramEditionModel
    public let content: ProgramContent
}

/// One page of results with the total count.
public struct RegistryPage: Sendable {
    public let entries: [RegistryEntry]
    public let total: Int
    public let page: Int
    public let perPage: Int

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

/// Reads the public registry: only registered (or suspended) public editions.
public struct RegistryStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func search(_ query: RegistryQuery) async throws -> RegistryPage {
        let builder = ProgramEditionModel.query(on: database)
            .join(ProgramModel.self, on: \ProgramEditionModel.$id == \ProgramModel.$publicEditionID)
            .filter(\.$status ~~ ["registered", "suspended"])
        if let level = query.nqfLevel { builder.filter(\.$nqfLevel == level) }
        if let field = query.field, !field.isEmpty { builder.filter(\.$fieldOfEducation == field) }
        if let language = query.language { builder.filter(\.$languages ~~ ",\(language.rawValue),") }
        if let form = query.studyForm { builder.filter(\.$studyForm == form.rawValue) }
        if let min = query.minCredits { builder.filter(\.$creditsHundredths >= min.hundredths) }
        if let max = query.maxCredits { builder.filter(\.$creditsHundredths <= max.hundredths) }
        // The folded key, not the title: SQLite's LIKE folds ASCII only, and Cyrillic and Kazakh
        // titles must match whatever their case. Counted and paged by the database.
        let text = SearchKey.normalise(query.text ?? "").replacingOccurrences(of: "%", with: "")
        if !text.isEmpty { builder.filter(\.$searchKey ~~ text) }
        let total = try await builder.copy().count()
        let start = (query.page - 1) * query.perPage
        let slice = start < total ? try await builder.sort(\.$title).sort(\.$id).range(start..<(start + query.perPage)).all() : []
        var entries: [RegistryEntry] = []
        for edition in slice {
            let program = try edition.joined(ProgramModel.self)
            entries.append(RegistryEntry(program: program, edition: edition, content: try edition.decodedContent()))
        }
        return RegistryPage(entries: entries, total: total, page: query.page, perPage: query.perPage)
    }

    /// The public program with `code`, or nil when no registered edition exists.
    public func program(code: String) async throws -> RegistryEntry? {
        guard let program = try await ProgramModel.query(on: database).filter(\.$code == code).first(),
              let editionID = program.publicEditionID,
              let edition = try await ProgramEditionModel.find(editionID, on: database),
              try edition.editionStatus.isPublic
        else { return nil }
        return RegistryEntry(program: program, edition: edition, content: try edition.decodedContent())
    }

    /// Distinct fields of education among public programs, for the filter list.
    public func fields() async throws -> [String] {
        let editions = try await ProgramEditionModel.query(on: database)
            .join(ProgramModel.self, on: \ProgramEditionModel.$id == \ProgramModel.$publicEditionID)
            .filter(\.$status ~~ ["registered", "suspended"])
            .all()
        return Array(Set(editions.map(\.fieldOfEducation))).sorted()
    }
}

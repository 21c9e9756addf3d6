import Vapor
import TanbaCore
import TanbaPersistence

/// Reads registry filters from the query string; a value that makes no sense is a 400, not ignored.
enum RegistryQueryParser {
    /// The filters as typed, for refilling the search form.
    struct Raw: Codable, Sendable {
        var q: String?
        var nqf: String?
        var field: String?
        var language: String?
        var form: String?
        var minCredits: String?
        var maxCredits: String?
        var page: String?
        var perPage: String?
    }

    static func parse(_ request: Request) throws -> (RegistryQuery, Raw) {
        let raw = try request.query.decode(Raw.self)
        func nonEmpty(_ value: String?) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        func bad(_ name: String, _ value: String) -> Abort {
            Abort(.badRequest, reason: request.t("error.bad_filter", ["name": name, "value": value]))
        }
        var query = RegistryQuery()
        query.text = nonEmpty(raw.q).map { String($0.prefix(200)) }
        if let value = nonEmpty(raw.nqf) {
            guard let level = Int(value), ProgramValidator.levels.contains(level) else { throw bad("nqf", value) }
            query.nqfLevel = level
        }
        query.field = nonEmpty(raw.field)
        if let value = nonEmpty(raw.language) {
            guard let language = LanguageCode(rawValue: value) else { throw bad("language", value) }
            query.language = language
        }
        if let value = nonEmpty(raw.form) {
            guard let form = StudyForm(rawValue: value) else { throw bad("form", value) }
            query.studyForm = form
        }
        if let value = nonEmpty(raw.minCredits) {
            guard let credits = Credits(parsing: value) else { throw bad("minCredits", value) }
            query.minCredits = credits
        }
        if let value = nonEmpty(raw.maxCredits) {
            guard let credits = Credits(parsing: value) else { throw bad("maxCredits", value) }
            query.maxCredits = credits
        }
        if let value = nonEmpty(raw.page) {
            guard let page = Int(value), page >= 1, page <= 100_000 else { throw bad("page", value) }
            query.page = page
        }
        if let value = nonEmpty(raw.perPage) {
            guard let perPage = Int(value), (1...100).contains(perPage) else { throw bad("perPage", value) }
            query.perPage = perPage
        }
        return (query, raw)
    }
}

import Vapor
import TanbaCore

/// Picks the interface language: the `tanba_lang` cookie the switch sets, else the language the
/// browser asks for first among Russian, Kazakh and English, else Russian.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "tanba_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let fromCookie = request.cookies[Self.cookieName].flatMap { LanguageCode(rawValue: $0.string) }
        let fromHeader = AcceptLanguage.preferred(request.headers.first(name: .acceptLanguage))
        request.storage[LanguageKey.self] = fromCookie ?? fromHeader ?? Localizer.defaultLanguage
        let response = try await next.respond(to: request)
        // A cache between must not hand a Kazakh page to a browser that asked for Russian.
        response.headers.add(name: .vary, value: "Accept-Language, Cookie")
        return response
    }
}

struct LanguageKey: StorageKey {
    typealias Value = LanguageCode
}

extension Request {
    /// The language this request is answered in.
    var language: LanguageCode { storage[LanguageKey.self] ?? Localizer.defaultLanguage }

    /// The wording of the institution's document name (`AwardDocumentName.wordingVariant`), once read.
    var wordingVariant: String? { storage[WordingVariantKey.self] ?? nil }

    /// Shortcut for a localised string in the request's language and the institution's wording.
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        application.localizer.string(key, language, arguments, variant: wordingVariant)
    }
}

struct LocalizerKey: StorageKey {
    typealias Value = Localizer
}

extension Application {
    var localizer: Localizer {
        get { storage[LocalizerKey.self] ?? Localizer(tables: [:]) }
        set { storage[LocalizerKey.self] = newValue }
    }
}

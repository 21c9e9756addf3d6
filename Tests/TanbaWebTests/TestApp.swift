import Fluent
import Foundation
import Vapor
import VaporTesting
import TanbaCore
import TanbaCredentials
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

/// One Bcrypt hash for every test user: hashing is deliberately slow.
let testPasswordHash: String = (try? Bcrypt.hash("correct-horse", cost: 4)) ?? ""
let testPassword = "correct-horse"

/// The moment every test app starts at.
let testNow = Date(timeIntervalSince1970: 1_788_000_000)

/// The database tests run on: `TANBA_TEST_DATABASE_URL` (PostgreSQL), else in-memory SQLite.
var testDatabase: DatabaseLocation {
    if let url = ProcessInfo.processInfo.environment["TANBA_TEST_DATABASE_URL"], url.hasPrefix("postgres") {
        return .postgres(url: url)
    }
    return .sqliteMemory
}

/// A configured app on a fresh database (in-memory SQLite, or `TANBA_TEST_DATABASE_URL`), with one user per role.
/// `fresh: false` joins a database another app of the test has set up, as a second server process would.
func withTanba(database location: DatabaseLocation = testDatabase, clock: Clock = .fixed(testNow),
               keyEncryptionKey: KeyEncryptionKey = .generate(), fresh: Bool = true, institutionSetUp: Bool = true,
               _ body: (Application, Browser) async throws -> Void) async throws {
    try await withApp(configure: { app in
        let storage = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-test-\(UUID())")
        try await configure(app, config: AppConfig(database: location, storageDirectory: storage, uploadMaxBytes: 1024 * 1024,
                                                   keyEncryptionKey: keyEncryptionKey),
                            clock: clock, random: .system)
        guard fresh else { return }
        try await app.autoRevert()
        try await app.autoMigrate()
        for role in Role.allCases {
            try await UserModel(login: role.rawValue, fullName: "Тестовый \(role.rawValue)", role: role,
                                passwordHash: testPasswordHash, createdAt: Date()).create(on: app.db)
        }
        if institutionSetUp {
            try await InstitutionSettings(database: app.db, clock: clock).apply(DemoInstitution.change(for: PolicyPresets.aitu),
                                                                                by: .commandLine)
        }
    }) { app in
        try await body(app, Browser(app: app))
    }
}

/// A clock a test moves forward.
final class MovableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = testNow) { current = start }

    var clock: Clock { Clock { [self] in lock.withLock { current } } }

    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

/// A user agent for tests: keeps cookies and the CSRF token of the last page, posts forms.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf = ""

    init(app: Application) {
        self.app = app
    }

    /// A second, independent browser on the same app.
    func fresh() -> Browser { Browser(app: app) }

    /// The same cookies against another app (a second server process on the same database).
    func on(_ other: Application) -> Browser {
        let browser = Browser(app: other)
        browser.cookies = cookies
        browser.csrf = csrf
        return browser
    }

    /// Puts a cookie in this browser as another site or a planted header could.
    func plant(cookie name: String, _ value: String) { cookies[name] = value }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF token is added unless `csrf` is false.
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)] = [], csrf: Bool = true) async throws -> TestingHTTPResponse {
        if csrf, self.csrf.isEmpty { try await get("/login") }
        let all = csrf ? fields + [("_csrf", self.csrf)] : fields
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Signs in as the test user of `role` and opens the page it leads to, as a browser does:
    /// signing in issues a new CSRF token with the new session.
    func login(as role: Role) async throws {
        try await login(role.rawValue, password: testPassword)
    }

    /// Signs in with a login and password and follows the redirect.
    func login(_ login: String, password: String) async throws {
        let response = try await post("/login", [("login", login), ("password", password)])
        guard response.status == .seeOther else { throw BrowserError.loginFailed(response.status) }
        try await get(response.location)
    }

    func setLanguage(_ code: String) async throws {
        try await get("/language/\(code)?back=/")
    }

    func sendRaw(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> TestingHTTPResponse {
        try await send(method, path, headers: headers, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> TestingHTTPResponse {
        var headers = headers
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.expires.map({ $0 < Date() }) == true || value.maxAge == 0 {
                cookies[name] = nil
            } else {
                cookies[name] = value.string
            }
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = html[range]
            if let start = match.range(of: "value=\"")?.upperBound {
                csrf = String(match[start...].dropLast())
            }
        }
        return response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    enum BrowserError: Error {
        case loginFailed(HTTPStatus)
    }
}

/// The form fields of a valid AITU program («Java Developer», 7 credits, 210 hours).
func programFormFields(title: String = "Java Developer", credits: String = "7", nqf: String = "6",
                       independent: String = "150") -> [(String, String)] {
    [
        ("title", title), ("titleKazakh", ""), ("titleEnglish", ""), ("qualificationRu", "Java-разработчик"),
        ("qualificationKk", "Java-әзірлеуші"), ("qualificationEn", "Java Developer"),
        ("programType", "program"), ("fieldOfEducation", "06 ИКТ"),
        ("groupOfPrograms", "B058 Программная инженерия"), ("department", "Кафедра программной инженерии"),
        ("languages[]", "ru"), ("languages[]", "kk"), ("partnerOrganisation", "АО «Kaspi Bank»"), ("studyForm", "online"),
        ("nqfLevel", nqf), ("sectorFrameworkLevel", ""), ("eqfLevel", "6"), ("professionalStandard", "Разработчик ПО"),
        ("goal", "Подготовить разработчика серверных приложений."), ("tasks", "Научить Java\nНаучить ООП"),
        ("description", ""), ("prerequisites", ""), ("literature", "Шилдт Г. Java. Полное руководство"), ("resources", ""),
        ("authors[0][name]", "Нурланова Айгерим Сериковна"), ("authors[0][position]", "старший преподаватель"),
        ("authors[0][workplace]", "Astana IT University"), ("authors[1][name]", ""), ("authors[1][position]", ""),
        ("authors[1][workplace]", ""), ("teacherContacts", "a.nurlanova@example.kz"),
        ("outcomes[0][code]", "РО1"), ("outcomes[0][text]", "писать программы на Java"),
        ("outcomes[0][assessmentMethod]", "Проект"), ("outcomes[0][criteria]", "≥ 50 баллов"),
        ("outcomes[0][teachingMethod]", "Практика"),
        ("outcomes[1][code]", ""), ("outcomes[1][text]", ""), ("outcomes[1][assessmentMethod]", ""),
        ("outcomes[1][criteria]", ""), ("outcomes[1][teachingMethod]", ""),
        ("disciplines[0][name]", "Основы Java"), ("disciplines[0][description]", "Синтаксис и коллекции"),
        ("disciplines[0][credits]", credits), ("disciplines[0][lecture]", "30"), ("disciplines[0][seminar]", "30"),
        ("disciplines[0][training]", "0"), ("disciplines[0][other]", "0"), ("disciplines[0][independent]", independent),
        ("disciplines[0][competences]", "ПК1"), ("disciplines[0][outcomes]", "РО1"),
    ]
}

extension TestingHTTPResponse {
    /// Where a redirect points.
    var location: String { headers.first(name: .location) ?? "" }
}

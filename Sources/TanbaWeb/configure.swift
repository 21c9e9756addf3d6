import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Leaf
import LeafKit
import Vapor
import TanbaCore
import TanbaPersistence

/// Builds the whole application: database, sessions, views, languages, middleware and routes.
public func configure(_ app: Application, config: AppConfig, clock: Clock = .live) async throws {
    switch config.database {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        // Write-ahead logging: readers (the public verification page, the journal) never wait for a
        // bulk issue's transaction, and a commit syncs one log instead of a journal and the database.
        // It stays set in the file; synchronous stays FULL, so a committed issue survives a power cut.
        try await (app.db as? any SQLDatabase)?.raw("PRAGMA journal_mode=WAL").run()
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        try app.databases.use(.postgres(url: url), as: .psql)
    }
    app.migrations.add(TanbaMigrations.all)
    app.migrations.add(SessionRecord.migration)

    let resources = BundledResources.directory
    guard FileManager.default.fileExists(atPath: resources.appendingPathComponent("Views").path) else {
        throw ConfigError(problems: ["the bundled Resources folder is missing at \(resources.path)"])
    }
    app.directory.viewsDirectory = resources.appendingPathComponent("Views").path + "/"
    app.directory.publicDirectory = resources.appendingPathComponent("Public").path + "/"
    app.views.use(.leaf)
    app.leaf.configuration = LeafConfiguration(rootDirectory: app.directory.viewsDirectory)
    // The bundle lives under .build/ in development; the default limits refuse hidden folders.
    app.leaf.sources = LeafSources.singleSource(NIOLeafFiles(
        fileio: app.fileio, limits: [.toSandbox, .requireExtensions],
        sandboxDirectory: app.directory.viewsDirectory, viewDirectory: app.directory.viewsDirectory))
    app.leaf.cache.isEnabled = app.environment.isRelease
    app.localizer = try Localizer.bundled()
    app.leaf.tags["t"] = LocalizeTag(localizer: app.localizer)

    app.services = AppServices(config: config, clock: clock,
                               storage: try DirectoryDocumentStorage(directory: config.storageDirectory),
                               issuer: try config.openBadgesIssuer(), statusListCache: StatusListCache(),
                               issueProgress: IssueProgressBoard())
    // Forms with long program texts need more than Vapor's 16 kB; uploads set their own limit.
    app.routes.defaultMaxBodySize = "2mb"

    app.sessions.use(.fluent)
    app.sessions.configuration.cookieName = "tanba_session"
    app.sessions.configuration.cookieFactory = { sessionID in
        HTTPCookies.Value(string: sessionID.string, maxAge: 12 * 3600, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(PageErrorMiddleware(isRelease: app.environment.isRelease))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(UserSessionAuthenticator())
    app.middleware.use(APITokenAuthenticator())
    app.middleware.use(CSRFMiddleware(maxBodyBytes: config.uploadMaxBytes * 4))
    app.middleware.use(SecurityHeadersMiddleware())

    try routes(app, config: config, clock: clock)
}

func routes(_ app: Application, config: AppConfig, clock: Clock) throws {
    try app.register(collection: RegistryController(config: config))
    try app.register(collection: AuthController())
    try app.register(collection: WorkspaceController(clock: clock))
    try app.register(collection: AdminController(clock: clock))
    try app.register(collection: OpenAPIController())
    try app.register(collection: LearnerController())
    try app.register(collection: IntakeController())
    try app.register(collection: GradebookController())
    try app.register(collection: IntakeAPIController())
    try app.register(collection: VerificationController(config: config))
    try app.register(collection: AttestationController())
    try app.register(collection: CommissionSeatController())
    try app.register(collection: JournalController(config: config))
    try app.register(collection: PublishedCredentialsController())
}

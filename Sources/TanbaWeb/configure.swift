import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Leaf
import LeafKit
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// Builds the whole application: database, sessions, views, languages, middleware and routes.
public func configure(_ app: Application, config: AppConfig, clock: Clock, random: RandomSource) async throws {
    switch config.database {
    case .sqliteFile(let path):
        try checkDatabaseFile(path)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        // Public reads (verification, the registry) have connections of their own: in WAL mode a
        // reader never waits for a writer, but the driver gives each event loop one connection,
        // which a bulk issue's transaction would otherwise hold while a QR code is scanned.
        app.databases.use(.sqlite(.file(path)), as: .tanbaReaders, isDefault: false)
        // Write-ahead logging: readers (the public verification page, the journal) never wait for a
        // bulk issue's transaction, and a commit syncs one log instead of a journal and the database.
        // It stays set in the file; synchronous stays FULL, so a committed issue survives a power cut.
        try await (app.db as? any SQLDatabase)?.raw("PRAGMA journal_mode=WAL").run()
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        try app.databases.use(.postgres(url: url), as: .psql)
        try app.databases.use(.postgres(url: url), as: .tanbaReaders, isDefault: false)
    }
    app.migrations.add(TanbaMigrations.all)
    // Every audit event joins the hash chain as it is written.
    app.databases.middleware.use(AuditChainMiddleware())
    DocumentFonts.useCache(in: config.cacheDirectory)

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
    // Templates are read once in production; in development each request reads them anew.
    app.leaf.cache.isEnabled = app.environment == .production
    app.localizer = try Localizer.bundled()
    app.leaf.tags["t"] = LocalizeTag(localizer: app.localizer)
    app.leaf.tags["route"] = RouteTag()

    let storage = try DirectoryDocumentStorage(directory: config.storageDirectory)
    do { try storage.checkWritable() } catch {
        throw ConfigError(problems: ["the storage folder \(config.storageDirectory.path) cannot be written (\(error)): "
            + "uploads and documents could not be kept; check TANBA_STORAGE_DIR, its owner and free space"])
    }
    app.services = AppServices(config: config, clock: clock, random: random,
                               storage: storage,
                               issuer: try config.openBadgesIssuer(), statusListCache: StatusListCache(),
                               issueProgress: IssueProgressBoard(),
                               lookupLimiter: LookupRateLimiter(limits: LookupLimits(), clock: clock),
                               verificationLookups: VerificationLookups())
    app.lifecycle.use(VerificationLookupFlusher())
    // Every body is read by BodyLimitMiddleware within its route's limit; this is what routes
    // that declare none accept (forms with long program texts need more than Vapor's 16 kB).
    app.routes.defaultMaxBodySize = ByteCount(value: BodyLimit.formBytes)
    // A connection with nothing to read or write for this long is closed: idle keep-alives and
    // clients that stop half-way cannot hold the server's connections.
    app.http.server.configuration.idleTimeout = .seconds(30)

    // Outermost first: security headers reach every response, error pages and static files
    // included; a body is read only once its route is known and then within its limit; sessions
    // are looked up only for a cookie that names one.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(strictTransportSecurity: config.secureCookies))
    app.middleware.use(CSRFCookieMiddleware(secureCookies: config.secureCookies))
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(PageErrorMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(WordingMiddleware())
    app.middleware.use(BodyLimitMiddleware(uploadMaxBytes: config.uploadMaxBytes, readTimeout: .seconds(60)))
    app.middleware.use(UserSessionMiddleware())
    app.middleware.use(CSRFMiddleware())

    try routes(app, config: config, clock: clock)
}

func routes(_ app: Application, config: AppConfig, clock: Clock) throws {
    // Bearer tokens count only in the API group: a page never acts on one.
    let api = APIRoutesBuilder(base: app.grouped(APITokenAuthenticator()))
    let registry = RegistryController(config: config)
    let verification = VerificationController(config: config)
    let reports = ReportsController()
    let apiCollections: [any APIRouteCollection] = [registry, OpenAPIController(), IntakeAPIController(), RecognitionAPIController(), verification,
                                                    reports]
    for collection in apiCollections { try collection.boot(api: api) }

    try app.register(collection: registry)
    try app.register(collection: AuthController())
    try app.register(collection: SecondFactorController())
    try app.register(collection: APITokenAdminController())
    try app.register(collection: WorkspaceController(clock: clock))
    try app.register(collection: AdminController(clock: clock))
    try app.register(collection: InstitutionSettingsController())
    try app.register(collection: WorkingCalendarController())
    try app.register(collection: RecognitionCatalogueController())
    try app.register(collection: RecognitionBodiesController())
    try app.register(collection: RecognitionController())
    try app.register(collection: TeachingKitController())
    try app.register(collection: RecognitionBallotsController())
    try app.register(collection: reports)
    try app.register(collection: MonitoringController())
    try app.register(collection: SurveyController())
    try app.register(collection: RecognitionExpertiseController())
    try app.register(collection: RecognitionProvidersController())
    try app.register(collection: LearnerController())
    try app.register(collection: IntakeController())
    try app.register(collection: GradebookController())
    try app.register(collection: verification)
    try app.register(collection: AttestationController())
    try app.register(collection: CommissionSeatController())
    try app.register(collection: JournalController(config: config))
    try app.register(collection: PublishedCredentialsController())
}

/// The SQLite file named in `DATABASE_URL`, checked before it is opened: a missing folder or a file
/// that cannot be written is reported by its path instead of as a driver's error later.
func checkDatabaseFile(_ path: String) throws {
    let files = FileManager.default
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw ConfigError(problems: ["the database file \(path) cannot be opened: its folder \(directory) does not exist"])
    }
    // Tried, not asked: access(2) answers yes to root even where nothing can be written.
    if files.fileExists(atPath: path) {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw ConfigError(problems: ["the database file \(path) cannot be opened for reading and writing: check its owner and permissions"])
        }
        try? handle.close()
    } else {
        let probe = (directory as NSString).appendingPathComponent(".tanba-probe-\(UUID().uuidString)")
        guard files.createFile(atPath: probe, contents: nil) else {
            throw ConfigError(problems: ["the database file \(path) cannot be created: the folder \(directory) cannot be written"])
        }
        try? files.removeItem(atPath: probe)
    }
}

extension DatabaseID {
    /// The same database through a pool of its own, for public reads that must not wait for writes.
    static let tanbaReaders = DatabaseID(string: "tanba-readers")
}

extension Request {
    /// The database for reads that must never wait for a long write: public verification, the
    /// registry, the per-request policy. The in-memory database of tests has no second pool.
    var readDB: any Database {
        application.databases.configuration(for: .tanbaReaders) != nil ? db(.tanbaReaders) : db
    }
}

import ArgumentParser
import TanbaDocuments
import TanbaPersistence
import TanbaWeb

/// `tanba serve`: migrates the database and serves the site.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web application.")

    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "production (templates cached, no details in error pages) or development (templates read anew on each request).")
    var env = "production"

    func validate() throws {
        guard ["production", "development"].contains(env) else {
            throw ValidationError("--env must be production or development, not \(env)")
        }
    }

    func run() async throws {
        try await withApplication(arguments: ["tanba", "serve", "--env", env, "--hostname", hostname, "--port", "\(port)"],
                                  defaultLogLevel: .info) { app in
            app.logger.info("Environment: \(app.environment.name)")
            if !PasswordSecurity.dictionaryAvailable {
                app.logger.warning("cracklib's dictionary is not installed (Debian: cracklib-runtime): new passwords are not checked against it")
            }
            try await app.autoMigrate()
            let gaps = try await SettingsStore.setupGaps(on: app.db)
            if !gaps.isEmpty {
                app.logger.warning("The institution is not set up, so certificates cannot be issued. Set \(gaps.map(Setup.flag).joined(separator: ", ")) with `tanba setup` or on /admin/settings.")
            }
            // Derives the unhinted document fonts (once per machine) before the first request needs them.
            let fonts = DocumentFonts.prepare()
            app.logger.info("Document fonts: \(fonts.unhintedFaces) unhinted faces, \(fonts.keptFaces) as installed")
            try await app.execute()
        }
    }
}

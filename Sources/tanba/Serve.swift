import ArgumentParser
import TanbaDocuments
import TanbaWeb

/// `tanba serve`: migrates the database and serves the site.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web application.")

    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080

    func run() async throws {
        try await withApplication(arguments: ["tanba", "serve", "--hostname", hostname, "--port", "\(port)"],
                                  defaultLogLevel: .info) { app in
            try await app.autoMigrate()
            // Derives the unhinted document fonts (once per machine) before the first request needs them.
            let fonts = DocumentFonts.prepare()
            app.logger.info("Document fonts: \(fonts.unhintedFaces) unhinted faces, \(fonts.keptFaces) as installed")
            try await app.execute()
        }
    }
}

import ArgumentParser
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
            try await app.execute()
        }
    }
}

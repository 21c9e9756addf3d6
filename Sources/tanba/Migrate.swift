import ArgumentParser

/// `tanba migrate`: brings the database schema up to date.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database schema.")

    func run() async throws {
        try await withApplication { app in
            try await app.autoMigrate()
            print("Database is up to date.")
        }
    }
}

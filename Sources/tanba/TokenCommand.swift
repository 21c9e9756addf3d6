import ArgumentParser
import Foundation
import TanbaPersistence

/// `tanba token ...`: API tokens for student information systems.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens.",
                                                    subcommands: [Create.self])

    /// `tanba token create --user LOGIN`: prints a new token once.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API token acting with a staff user's rights.")

        @Option(help: "Login of the staff user the token acts for.") var user: String
        @Option(help: "What the token is for, e.g. Platonus.") var name = "API"

        func run() async throws {
            try await withApplication { app in
                try await app.autoMigrate()
                do {
                    let token = try await APITokenStore(database: app.db).create(forLogin: user, name: name)
                    print(token)
                } catch LearningStoreError.notFound {
                    throw ValidationError("no active staff user with login \(user.lowercased())")
                }
            }
        }
    }
}

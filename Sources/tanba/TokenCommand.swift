import ArgumentParser
import Foundation
import TanbaCore
import TanbaPersistence

/// `tanba token ...`: API tokens for student information systems.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens.",
                                                    subcommands: [Create.self, List.self, Revoke.self])

    /// `tanba token create --user LOGIN`: prints a new token once.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API token acting with a staff user's rights.")

        @Option(help: "Login of the staff user the token acts for.") var user: String
        @Option(help: "What the token is for, e.g. Platonus.") var name = "API"
        @Option(help: "Last day the token works (YYYY-MM-DD, Almaty calendar); without it the token works until revoked.")
        var expires: String?

        func run() async throws {
            var expiresAt: Date?
            if let expires {
                // The token works through the whole of its last day in Almaty.
                guard let day = AlmatyDate.day(iso: expires) else {
                    throw ValidationError("--expires \(expires): expected a day as YYYY-MM-DD")
                }
                expiresAt = day.addingTimeInterval(86_400)
            }
            try await withApplication { app in
                try await app.autoMigrate()
                do {
                    let token = try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: user, name: name, expiresAt: expiresAt)
                    print(token)
                } catch LearningStoreError.notFound {
                    throw ValidationError("no active staff user with login \(user.lowercased())")
                } catch LearningStoreError.invalidInput {
                    throw ValidationError("--expires \(expires ?? ""): the day has passed")
                }
            }
        }
    }

    /// `tanba token list`: every token with its user, expiry and last use; never the token itself.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List API tokens (id, user, purpose, expiry, last use, state).")

        func run() async throws {
            try await withApplication { app in
                try await app.autoMigrate()
                let now = Date()
                let tokens = try await APITokenStore(database: app.db, clock: .live, random: .system).list()
                print(["id", "user", "name", "created", "expires", "last_used", "state"].joined(separator: "\t"))
                for token in tokens {
                    let state = token.revokedAt.map { "revoked " + AlmatyDate.dottedWithTime($0) }
                        ?? (token.isUsable(at: now) ? "active" : "expired")
                    print([token.id.uuidString, token.login, token.name, AlmatyDate.dottedWithTime(token.createdAt),
                           token.expiresAt.map(AlmatyDate.dottedWithTime) ?? "-", token.lastUsedAt.map(AlmatyDate.dottedWithTime) ?? "-",
                           state].joined(separator: "\t"))
                }
            }
        }
    }

    /// `tanba token revoke ID`: the token is refused from the next request on.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API token by the id `tanba token list` prints.")

        @Argument(help: "The token's id.") var id: String

        func run() async throws {
            guard let uuid = UUID(uuidString: id) else { throw ValidationError("\(id) is not a token id (see tanba token list)") }
            try await withApplication { app in
                try await app.autoMigrate()
                do {
                    try await APITokenStore(database: app.db, clock: .live, random: .system).revoke(uuid, actorID: AuditEventModel.noUser,
                                                                    actorName: "tanba token revoke")
                } catch LearningStoreError.notFound {
                    throw ValidationError("no API token with id \(id)")
                }
                print("Token \(uuid.uuidString) revoked.")
            }
        }
    }
}

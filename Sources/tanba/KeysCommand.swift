import ArgumentParser
import Foundation
import TanbaPersistence
import TanbaWeb

/// `tanba keys ...`: the institution's credential signing keys.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Manage the institution's credential signing keys.",
                                                    subcommands: [List.self, Rotate.self])

    /// `tanba keys list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every signing key: id, state, creation and retirement dates.")

        func run() async throws {
            let config = try AppConfig.fromEnvironment()
            try await withApplication { app in
                try await app.autoMigrate()
                let ring = IssuerKeyRing(database: app.db, issuer: try config.openBadgesIssuer(), clock: .live)
                _ = try await ring.activeKey()
                for key in try await ring.publishedKeys() {
                    let state = key.active ? "active " : "retired"
                    let retired = key.retiredAt.map { " retired \(ISO8601DateFormatter().string(from: $0))" } ?? ""
                    print("\(state) \(key.keyID)  created \(ISO8601DateFormatter().string(from: key.createdAt))\(retired)")
                }
            }
        }
    }

    /// `tanba keys rotate`: a new active key; the old one stays published so what it signed still verifies.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire the active signing key and create a new one; retired keys stay in the issuer profile.")

        func run() async throws {
            let config = try AppConfig.fromEnvironment()
            try await withApplication { app in
                try await app.autoMigrate()
                let key = try await IssuerKeyRing(database: app.db, issuer: try config.openBadgesIssuer(), clock: .live).rotate()
                print("New active signing key: \(key.id)")
            }
        }
    }
}

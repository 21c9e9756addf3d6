import ArgumentParser
import TanbaCore
import TanbaPersistence
import TanbaDemo
import TanbaWeb

/// `tanba demo`: resets the database and fills it with the programs of seed 001 and a user per role.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reset the database and fill it with demo data.")

    @Option(help: "Policy preset: \(PolicyPresets.all.map(\.name).joined(separator: ", ")).")
    var policy = PolicyPresets.aitu.name

    @Flag(help: "Only fill an empty database; leave one with data alone.")
    var ifEmpty = false

    func validate() throws {
        guard PolicyPresets.named(policy) != nil else {
            throw ValidationError("unknown policy \(policy); one of: \(PolicyPresets.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() async throws {
        try await withApplication { app in
            try await app.autoMigrate()
            if ifEmpty, try await DemoData.hasUsers(on: app.db) {
                print("The database already has data; demo data not loaded.")
                return
            }
            try await app.autoRevert()
            try await app.autoMigrate()
            let config = try AppConfig.fromEnvironment()
            let storage = try DirectoryDocumentStorage(directory: config.storageDirectory)
            let logins = try await DemoData(policyName: policy).load(on: app.db, storage: storage, localizer: try Localizer.bundled(),
                                                                     issuer: try config.openBadgesIssuer())
            print("Demo data loaded with policy \(policy). Sign in at /login as:")
            for login in logins {
                print("  \(login.role.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(login.login) / \(login.password)  (\(login.name))")
            }
        }
    }
}

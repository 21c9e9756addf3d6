import ArgumentParser
import Foundation
import TanbaCore
import TanbaWeb

/// `tanba user ...`: user administration from the shell.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.",
                                                    subcommands: [Create.self, SetRole.self, ResetSecondFactor.self])

    /// `tanba user create`: makes a user, e.g. the first administrator.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user (the first administrator, say).")

        @Option(help: "Login name.") var login: String
        @Option(help: "Full name as shown in decisions.") var name: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role = Role.administrator.rawValue
        @Option(help: "Password; read from TANBA_PASSWORD or standard input when omitted.") var password: String?
        @Option(help: "Position, as program documents list experts («доцент кафедры ПИ»).") var position: String?
        @Option(help: "Workplace, as program documents list experts («АО «Казахтелеком»»).") var workplace: String?

        func run() async throws {
            try await withApplication { app in
                let secret = password ?? app.configuration?.userPassword ?? readLine(strippingNewline: true) ?? ""
                try await app.autoMigrate()
                do {
                    try await UserDirectory(database: app.db, clock: .live).create(login: login, fullName: name, roleName: role, password: secret,
                                                                                   position: position, workplace: workplace)
                } catch let error as UserDirectoryError {
                    throw ValidationError(error.description)
                }
                print("User \(login.lowercased()) created with role \(role).")
            }
        }
    }

    /// `tanba user set-role`: another role; the user's open sessions end at once.
    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role",
                                                        abstract: "Give a user another role; their sessions end at once.")

        @Option(help: "Login name.") var login: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String

        func run() async throws {
            try await withApplication { app in
                try await app.autoMigrate()
                do {
                    try await UserDirectory(database: app.db, clock: .live).changeRole(login: login, to: role)
                } catch let error as UserDirectoryError {
                    throw ValidationError(error.description)
                }
                print("User \(login.lowercased()) now has role \(role); their sessions were ended.")
            }
        }
    }

    /// `tanba user reset-second-factor`: for a user who lost the phone with their authenticator.
    struct ResetSecondFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-second-factor",
            abstract: "Remove a user's TOTP second factor (a lost phone); their sessions end and an audit event records it.")

        @Option(help: "Login name.") var login: String

        func run() async throws {
            try await withApplication { app in
                try await app.autoMigrate()
                do {
                    try await UserDirectory(database: app.db, clock: .live).resetSecondFactor(login: login)
                } catch let error as UserDirectoryError {
                    throw ValidationError(error.description)
                }
                print("User \(login.lowercased()) signs in with the password alone now and may set up a second factor again.")
            }
        }
    }
}

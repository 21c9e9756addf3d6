import ArgumentParser
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaDocuments
import TanbaWeb

/// `tanba setup`: sets the institution up without demo data, and changes it later. Only the
/// settings given change; run without any it shows what issuing still waits for.
struct Setup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set up the institution: policy, names, city, BIN, signatories, logo.",
        discussion: """
            Run again to change a setting: only the flags given change anything, and an empty value \
            clears one. Issuing certificates stays refused until the policy, the full name in Russian, \
            Kazakh and English, the city and the rector's and registrar head's signatures are set.
            """)

    @Option(help: "Policy preset: \(PolicyPresets.all.map(\.name).joined(separator: ", ")).") var policy: String?
    @Option(help: "Language of issued documents: \(SettingsStore.documentLanguages.joined(separator: ", ")).")
    var documentLanguage: String?
    @Option(help: "Logo printed on documents: a PNG or SVG file of at most 1 MB.") var logo: String?
    @Option(name: .customLong("full-name-ru"), help: "Full name of the institution in Russian.") var fullNameRu: String?
    @Option(name: .customLong("full-name-kk"), help: "Full name of the institution in Kazakh.") var fullNameKk: String?
    @Option(name: .customLong("full-name-en"), help: "Full name of the institution in English.") var fullNameEn: String?
    @Option(name: .customLong("short-name-ru"), help: "Short name in Russian.") var shortNameRu: String?
    @Option(name: .customLong("short-name-kk"), help: "Short name in Kazakh.") var shortNameKk: String?
    @Option(name: .customLong("short-name-en"), help: "Short name in English.") var shortNameEn: String?
    @Option(name: .customLong("city-ru"), help: "City printed beside document dates, in Russian (e.g. «г. Атырау»).") var cityRu: String?
    @Option(name: .customLong("city-kk"), help: "City printed beside document dates, in Kazakh (e.g. «г. Атырау»).") var cityKk: String?
    @Option(name: .customLong("city-en"), help: "City printed beside document dates, in English (e.g. «г. Атырау»).") var cityEn: String?
    @Option(name: .customLong("address"), help: "Postal address.") var address: String?
    @Option(name: .customLong("bin"), help: "BIN: 12 digits with its check digit.") var bin: String?
    @Option(name: .customLong("accreditation"), help: "Accreditation held, as the registry application (004 App. Д) prints it.")
    var accreditation: String?
    @Option(name: .customLong("rector-name"), help: "Full name of the rector.") var rectorName: String?
    @Option(name: .customLong("rector-initials"), help: "The rector as printed beside the signature («А. Б. Фамилия»).") var rectorInitials: String?
    @Option(name: .customLong("rector-title-ru"), help: "Position of the rector in Russian, as documents print it.") var rectorTitleRu: String?
    @Option(name: .customLong("rector-title-kk"), help: "Position of the rector in Kazakh, as documents print it.") var rectorTitleKk: String?
    @Option(name: .customLong("rector-title-en"), help: "Position of the rector in English, as documents print it.") var rectorTitleEn: String?
    @Option(name: .customLong("registrar-head-name"), help: "Full name of the head of the registrar's office.") var registrarHeadName: String?
    @Option(name: .customLong("registrar-head-initials"), help: "The head of the registrar's office as printed beside the signature («А. Б. Фамилия»).") var registrarHeadInitials: String?
    @Option(name: .customLong("registrar-head-title-ru"), help: "Position of the head of the registrar's office in Russian, as documents print it.") var registrarHeadTitleRu: String?
    @Option(name: .customLong("registrar-head-title-kk"), help: "Position of the head of the registrar's office in Kazakh, as documents print it.") var registrarHeadTitleKk: String?
    @Option(name: .customLong("registrar-head-title-en"), help: "Position of the head of the registrar's office in English, as documents print it.") var registrarHeadTitleEn: String?
    @Option(name: .customLong("dean-name"), help: "Full name of the dean.") var deanName: String?
    @Option(name: .customLong("dean-initials"), help: "The dean as printed beside the signature («А. Б. Фамилия»).") var deanInitials: String?
    @Option(name: .customLong("dean-title-ru"), help: "Position of the dean in Russian, as documents print it.") var deanTitleRu: String?
    @Option(name: .customLong("dean-title-kk"), help: "Position of the dean in Kazakh, as documents print it.") var deanTitleKk: String?
    @Option(name: .customLong("dean-title-en"), help: "Position of the dean in English, as documents print it.") var deanTitleEn: String?
    @Option(name: .customLong("commission-chair-name"), help: "Full name of the qualification commission chair.") var commissionChairName: String?
    @Option(name: .customLong("commission-chair-initials"), help: "The qualification commission chair as printed beside the signature («А. Б. Фамилия»).") var commissionChairInitials: String?
    @Option(name: .customLong("commission-chair-title-ru"), help: "Position of the qualification commission chair in Russian, as documents print it.") var commissionChairTitleRu: String?
    @Option(name: .customLong("commission-chair-title-kk"), help: "Position of the qualification commission chair in Kazakh, as documents print it.") var commissionChairTitleKk: String?
    @Option(name: .customLong("commission-chair-title-en"), help: "Position of the qualification commission chair in English, as documents print it.") var commissionChairTitleEn: String?

    /// The profile fields given on the command line.
    var fields: [InstitutionField: String] {
        let given: [(InstitutionField, String?)] = [
            (.fullName(.russian), fullNameRu),
            (.fullName(.kazakh), fullNameKk),
            (.fullName(.english), fullNameEn),
            (.shortName(.russian), shortNameRu),
            (.shortName(.kazakh), shortNameKk),
            (.shortName(.english), shortNameEn),
            (.city(.russian), cityRu),
            (.city(.kazakh), cityKk),
            (.city(.english), cityEn),
            (.address, address),
            (.bin, bin),
            (.accreditation, accreditation),
            (.signatoryName(.rector), rectorName),
            (.signatoryInitials(.rector), rectorInitials),
            (.signatoryTitle(.rector, .russian), rectorTitleRu),
            (.signatoryTitle(.rector, .kazakh), rectorTitleKk),
            (.signatoryTitle(.rector, .english), rectorTitleEn),
            (.signatoryName(.registrarHead), registrarHeadName),
            (.signatoryInitials(.registrarHead), registrarHeadInitials),
            (.signatoryTitle(.registrarHead, .russian), registrarHeadTitleRu),
            (.signatoryTitle(.registrarHead, .kazakh), registrarHeadTitleKk),
            (.signatoryTitle(.registrarHead, .english), registrarHeadTitleEn),
            (.signatoryName(.dean), deanName),
            (.signatoryInitials(.dean), deanInitials),
            (.signatoryTitle(.dean, .russian), deanTitleRu),
            (.signatoryTitle(.dean, .kazakh), deanTitleKk),
            (.signatoryTitle(.dean, .english), deanTitleEn),
            (.signatoryName(.commissionChair), commissionChairName),
            (.signatoryInitials(.commissionChair), commissionChairInitials),
            (.signatoryTitle(.commissionChair, .russian), commissionChairTitleRu),
            (.signatoryTitle(.commissionChair, .kazakh), commissionChairTitleKk),
            (.signatoryTitle(.commissionChair, .english), commissionChairTitleEn),
        ]
        return Dictionary(given.compactMap { field, value in value.map { (field, $0) } }, uniquingKeysWith: { _, last in last })
    }

    func run() async throws {
        try await withApplication { app in
            try await app.autoMigrate()
            let settings = InstitutionSettings(database: app.db, clock: .live)
            if let logo {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: logo)))
                if let type = try? LogoRules().check(bytes),
                   !DocumentImageCheck.draws(DocumentImage(format: type == .svg ? .svg : .png, data: Data(bytes))) {
                    throw SetupError("\(logo): the image cannot be drawn; save it again as a plain PNG or SVG")
                }
                do {
                    try await settings.uploadLogo(bytes, rules: LogoRules(), by: .commandLine)
                    print("Logo: \(logo) stored.")
                } catch let error as InstitutionSettingsError {
                    throw SetupError(Self.describe(error))
                }
            }
            let outcome: InstitutionSettings.Outcome
            do {
                outcome = try await settings.apply(.init(fields: fields, policy: policy, documentLanguage: documentLanguage),
                                                   by: .commandLine)
            } catch let error as InstitutionSettingsError {
                throw SetupError(Self.describe(error))
            }
            for field in outcome.changedFields { print("Set \(field.key).") }
            if let change = outcome.policyChange { print("Policy: \(change.from ?? "none") → \(change.to).") }
            if outcome.documentLanguageChanged, let documentLanguage { print("Document language: \(documentLanguage).") }
            if !outcome.draftsNoLongerValid.isEmpty {
                print("Open programs that no longer pass validation under \(policy ?? ""); their developers must correct them:")
                let localizer = try Localizer.bundled()
                for draft in outcome.draftsNoLongerValid {
                    let problems = draft.issues.map { issue in
                        var arguments = issue.arguments
                        arguments["field"] = arguments["field"] ?? issue.field
                        return localizer.string(issue.key, .english, arguments)
                    }
                    print("  \(draft.title) (edition \(draft.editionNumber)): \(problems.joined(separator: " "))")
                }
            }
            if outcome.gaps.isEmpty {
                print("The institution is set up: certificates can be issued.")
            } else {
                print("Issuing waits for: \(outcome.gaps.map(Self.flag).joined(separator: ", ")).")
            }
        }
    }

    /// The flag that fills a gap.
    static func flag(_ gap: InstitutionSetupGap) -> String {
        switch gap {
        case .policy: "--policy"
        case .field(let field): "--" + field.key.replacingOccurrences(of: "_", with: "-")
        }
    }

    static func describe(_ error: InstitutionSettingsError) -> String {
        switch error {
        case .forbidden: "not allowed"
        case .unknownPolicy(let name): "unknown policy \(name); one of: \(PolicyPresets.all.map(\.name).joined(separator: ", "))"
        case .unknownDocumentLanguage(let code): "unknown document language \(code); one of: \(SettingsStore.documentLanguages.joined(separator: ", "))"
        case .problems(let problems):
            problems.problems.map { problem in
                switch problem {
                case .tooLong(let field, let maximum): "--\(field.key.replacingOccurrences(of: "_", with: "-")): at most \(maximum) characters"
                case .controlCharacters(let field): "--\(field.key.replacingOccurrences(of: "_", with: "-")): no tabs or line breaks"
                case .invalidBIN(let value): "--bin \(value): 12 digits whose last one is the check digit"
                }
            }.joined(separator: "\n")
        case .logo(let problem):
            switch problem {
            case .empty: "the logo file is empty"
            case .tooLarge(let limit): "the logo is larger than \(limit / 1024) KB"
            case .unsupportedType: "the logo must be a PNG or SVG image"
            case .tooManyPixels(let maximum): "the logo is more than \(maximum) pixels on a side"
            case .activeContent(let what): "the SVG logo has active content (\(what)); save it as a plain image"
            }
        }
    }
}

/// A refused setting, printed as it is, without the usage text a mistyped flag gets.
struct SetupError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

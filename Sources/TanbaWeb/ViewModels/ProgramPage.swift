import Vapor
import TanbaCore
import TanbaPersistence

/// A program's public page: passport, outcomes, disciplines, history, the intakes one can still
/// join, and its documents. Built from `RegisteredProgram` alone.
struct ProgramPage: Encodable {
    let program: ProgramView
    let applicationLink: String
    let jsonLink: String
    /// The program as a PDF in the layout of the policy's form.
    let documentLink: String
    /// The same document in each language, «қаз · рус · eng».
    let documentLanguages: [SelectOption]
    let intakes: [IntakeView]
    let isLearner: Bool

    init(_ registered: RegisteredProgram, today: String, request: Request) throws {
        let entry = registered.entry
        let code = entry.program.code ?? ""
        program = try ProgramView(request: request, program: entry.program, edition: entry.edition, content: entry.content,
                                  history: registered.history)
        applicationLink = SiteRoute.registryApplication(code: code).path
        jsonLink = SiteRoute.apiProgram(code: code).path
        documentLink = SiteRoute.programDocument(code: code).path
        documentLanguages = [LanguageCode.kazakh, .russian, .english].map { language in
            SelectOption(value: SiteRoute.programDocument(code: code).path + "?lang=\(language.rawValue)",
                         label: request.t("language.short.\(language.rawValue)"))
        }
        intakes = try registered.intakes.map { intake, content, _ in try IntakeView(intake, content: content, today: today, request: request) }
        isLearner = try request.auth.get(UserModel.self)?.role.may(.applyAndStudy) ?? false
    }
}

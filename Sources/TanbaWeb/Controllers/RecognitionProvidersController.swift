import Vapor
import TanbaCore
import TanbaPersistence

/// Trusted providers and equivalency rules (003): the registrar records the commission's decision
/// to trust a provider; rules are made from granted cases on the case page.
struct RecognitionProvidersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.recognitionProviders.pattern, use: show)
        routes.post(SiteRoute.recognitionProviders.pattern, use: trust)
        routes.on(.POST, SiteRoute.recognitionProviderProfile(RouteParameter.id).pattern, body: .collect(maxSize: "1mb"), use: uploadProfile)
        routes.post(SiteRoute.recognitionRuleEnd(RouteParameter.id).pattern, use: endRule)
    }

    /// An issuer profile document as uploaded.
    struct ProfileForm: Content {
        var profile: File?
    }

    /// The commission's end of a rule.
    struct RuleEndForm: Content {
        var endsOn: String?
        var protocolNumber: String?
    }

    @Sendable func uploadProfile(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(ProfileForm.self)
        do {
            try await RecognitionAutomation(database: request.db, clock: try request.clock()).uploadProfile(
                Data(form.profile?.data.readableBytesView ?? []), for: try request.parameter(.id), by: actor)
        } catch let error as RecognitionAutomationError {
            return try await render(request, errors: request.messages(for: error), status: .unprocessableEntity)
        } catch RecognitionCaseError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        return request.redirect(to: SiteRoute.recognitionProviders.path, notice: .saved)
    }

    @Sendable func endRule(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(RuleEndForm.self)
        do {
            try await RecognitionAutomation(database: request.db, clock: try request.clock()).endRule(
                try request.parameter(.id), endsOn: form.endsOn ?? "", protocolNumber: form.protocolNumber ?? "", by: actor)
        } catch let error as RecognitionAutomationError {
            return try await render(request, errors: request.messages(for: error), status: error == .ruleAlreadyEnded ? .conflict : .unprocessableEntity)
        } catch RecognitionCaseError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        return request.redirect(to: SiteRoute.recognitionProviders.path, notice: .recorded)
    }

    /// The provider form as posted; issuer ids one per line.
    struct ProviderForm: Content {
        var name: String?
        var country: String?
        var issuerIDs: String?
        var protocolNumber: String?
        var decidedOn: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        return try await render(request)
    }

    @Sendable func trust(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(ProviderForm.self)
        let ids = Set((form.issuerIDs ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        do {
            _ = try await RecognitionAutomation(database: request.db, clock: try request.clock()).trust(
                TrustedProvider(name: (form.name ?? "").trimmed, country: (form.country ?? "").trimmed, issuerIDs: ids),
                protocolNumber: form.protocolNumber ?? "", decidedOn: form.decidedOn ?? "", by: actor)
        } catch let error as RecognitionAutomationError {
            return try await render(request, errors: request.messages(for: error), posted: form, status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.recognitionProviders.path, notice: .saved)
    }

    private func render(_ request: Request, errors: [String] = [], posted: ProviderForm? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let automation = RecognitionAutomation(database: request.db, clock: try request.clock())
        let page = try RecognitionProvidersPage(providers: try await automation.providers(), rules: try await automation.rules(),
                                                profiles: try await automation.profiles(), ends: try await automation.ruleEnds(), errors: errors,
                                                posted: posted, today: try request.today(), request: request)
        return try await request.page("recognition-providers", title: request.t("recognition.providers.title"), body: page, status: status)
    }
}

/// Trusted providers with their issuer ids and the rules in force.
struct RecognitionProvidersPage: Encodable {
    let providers: [ProviderView]
    let rules: [RuleView]
    let errors: [String]
    let posted: Posted
    let today: String

    struct ProviderView: Encodable {
        let name: String
        let country: String
        let issuers: [String]
        let decision: String
        /// Has an https identifier: its profile (keys) can be uploaded.
        let takesProfile: Bool
        /// «https://… — загружен 01.09.2026»
        let profiles: [String]
        let profileLink: String
    }

    struct RuleView: Encodable {
        let achievement: String
        let issuers: String
        let conditions: String
        let targets: String
        let validity: String
        /// «Прекращено с … (протокол № …)», once the commission ended it.
        let ended: String?
        let endLink: String
    }

    struct Posted: Encodable {
        var name = "", country = "", issuerIDs = "", protocolNumber = ""
    }

    init(providers: [(id: UUID, provider: TrustedProvider, model: TrustedProviderModel)], rules: [(id: UUID, rule: EquivalencyRule, model: EquivalencyRuleModel)],
         profiles: [UUID: [TrustedProviderDocumentModel]], ends: [UUID: EquivalencyRuleEndModel],
         errors: [String], posted: RecognitionProvidersController.ProviderForm?, today: String, request: Request) throws {
        self.providers = providers.map {
            ProviderView(name: $0.provider.name, country: $0.provider.country, issuers: $0.provider.issuerIDs.sorted(),
                         decision: request.t("recognition.decision.protocol", ["number": $0.model.protocolNumber, "date": AlmatyDate.dotted(iso: $0.model.decidedOn)]),
                         takesProfile: $0.provider.issuerIDs.contains { $0.hasPrefix("http") },
                         profiles: (profiles[$0.id] ?? []).map { request.t("recognition.profile.line", ["id": $0.documentID, "date": DisplayDate.day($0.uploadedAt)]) },
                         profileLink: SiteRoute.recognitionProviderProfile($0.id).path)
        }
        self.rules = rules.map { item in
            let rule = item.rule
            var conditions: [String] = []
            if let minimum = rule.minimumPercent { conditions.append(request.t("recognition.rule.minimum", ["percent": "\(minimum)"])) }
            if let months = rule.maximumAgeMonths { conditions.append(request.t("recognition.rule.age", ["months": "\(months)"])) }
            return RuleView(achievement: rule.achievementName + (rule.achievementID.map { " (\($0))" } ?? ""),
                            issuers: rule.issuerIDs.sorted().joined(separator: ", "), conditions: conditions.joined(separator: "; "),
                            targets: rule.targets.map { "\($0.code) \($0.name): \($0.credits), \($0.letter ?? request.t("recognition.grade.passed"))" }
                                .joined(separator: "; "),
                            validity: rule.validFrom.dotted + " — " + (rule.validUntil?.dotted ?? "…"),
                            ended: ends[item.id].map { request.t("recognition.rule.ended", ["date": AlmatyDate.dotted(iso: $0.endsOn), "number": $0.protocolNumber]) },
                            endLink: SiteRoute.recognitionRuleEnd(item.id).path)
        }
        self.errors = errors
        self.posted = posted.map { Posted(name: $0.name ?? "", country: $0.country ?? "", issuerIDs: $0.issuerIDs ?? "", protocolNumber: $0.protocolNumber ?? "") }
            ?? Posted()
        self.today = today
    }
}

extension Request {
    func messages(for error: RecognitionAutomationError) -> [String] {
        switch error {
        case .invalid(let fields): fields.map { t("recognition.providers.invalid.\($0.rawValue)") }
        case .caseNotGranted: [t("recognition.rule.not_granted")]
        case .caseHasNoCredential: [t("recognition.rule.no_credential")]
        case .issuerNotTrusted(let issuer): [t("recognition.automatic.issuer_not_trusted", ["value": issuer])]
        case .ruleAlreadyEnded: [t("recognition.rule.already_ended")]
        case .profile(let problem): [t("recognition.profile.\(problem.rawValue)", ["limit": "\(RecognitionAutomation.maximumProfileBytes / 1024)"])]
        }
    }

    /// Why a case with a credential was not recognised at once, from its stored code.
    func automaticRefusal(_ code: String) -> String {
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        return t("recognition.automatic.\(parts[0])", ["value": parts.count > 1 ? parts[1] : ""])
    }
}

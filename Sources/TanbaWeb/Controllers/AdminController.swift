import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Users and institution settings, for administrators only.
struct AdminController: RouteCollection {
    let clock: Clock

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.adminUsers.pattern, use: users)
        routes.post(SiteRoute.adminUsers.pattern, use: createUser)
    }

    /// Users page body.
    struct UsersBody: Encodable {
        let users: [Row]
        let roles: [SelectOption]
        let policy: String
        let policySource: String
        let form: UserForm
        let errors: [String]
    }


    /// One user row.
    struct Row: Encodable {
        let login: String
        let name: String
        let role: String
        /// «должность, место работы».
        let post: String
    }


    /// The new-user form as posted.
    struct UserForm: Content {
        var login: String = ""
        var fullName: String = ""
        var role: String = ""
        var password: String? = nil
        /// As program documents list experts.
        var position: String = ""
        var workplace: String = ""
    }

    @Sendable func users(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.administer)
        return try await render(request, form: UserForm(), errors: [], status: .ok)
    }

    @Sendable func createUser(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.administer)
        var form = try request.content.decode(UserForm.self)
        let password = form.password ?? ""
        form.password = nil
        do {
            try await UserDirectory(database: request.db, clock: clock).create(
                login: form.login, fullName: form.fullName, roleName: form.role, password: password,
                position: form.position, workplace: form.workplace)
        } catch let error as UserDirectoryError {
            return try await render(request, form: form, errors: [request.t(error.messageKey, error.arguments)],
                                    status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.adminUsers.path, notice: .created)
    }

    private func render(_ request: Request, form: UserForm, errors: [String], status: HTTPStatus) async throws -> Response {
        let users = try await UserAccounts(database: request.db).all()
        let policy = try await SettingsStore.policy(on: request.db)
        return try await request.page("admin-users", title: request.t("admin.users.title"), body: UsersBody(
            users: users.map { user in
                Row(login: user.login, name: user.fullName, role: request.t("role.\(user.roleRaw)"),
                    post: [user.position, user.workplace].compactMap { $0 }.joined(separator: ", "))
            },
            roles: Role.allCases.map { SelectOption(value: $0.rawValue, label: request.t("role.\($0.rawValue)")) },
            policy: policy.name, policySource: policy.source, form: form, errors: errors), status: status)
    }
}

extension AdminController.UserForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        login = try container.decodeIfPresent(String.self, forKey: .login) ?? ""
        fullName = try container.decodeIfPresent(String.self, forKey: .fullName) ?? ""
        role = try container.decodeIfPresent(String.self, forKey: .role) ?? ""
        password = try container.decodeIfPresent(String.self, forKey: .password)
        position = try container.decodeIfPresent(String.self, forKey: .position) ?? ""
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace) ?? ""
    }
}

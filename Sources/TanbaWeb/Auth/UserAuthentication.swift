import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

extension UserModel: Authenticatable {}

extension Request {
    /// The signed-in user as a workflow actor, or 401 for anonymous requests.
    func requireActor() throws -> ActingUser {
        guard let user = auth.get(UserModel.self), let id = user.id else {
            throw Abort(.unauthorized, reason: t("error.login_required"))
        }
        return ActingUser(id: id, name: user.fullName, role: try user.role)
    }

    /// The actor when their role holds `permission` in the permission table; 403 otherwise.
    func requireActor(_ permission: Permission) throws -> ActingUser {
        let actor = try requireActor()
        guard actor.role.may(permission) else { throw Abort(.forbidden, reason: t("error.forbidden")) }
        return actor
    }
}

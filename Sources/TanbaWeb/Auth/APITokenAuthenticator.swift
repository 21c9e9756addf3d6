import Vapor
import TanbaPersistence

/// `Authorization: Bearer tnb_...` on `/api/`: the token acts with its user's rights.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        if let user = try await request.apiTokenStore().user(forToken: bearer.token) {
            request.auth.login(user)
        }
    }
}

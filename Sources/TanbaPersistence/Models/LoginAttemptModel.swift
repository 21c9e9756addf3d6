import Fluent
import Foundation

/// One password check at sign-in, kept for a day to throttle guessing.
public final class LoginAttemptModel: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    /// The login as typed, folded to lower case (unknown logins are counted too).
    @Field(key: "login") public var login: String
    /// The client's address.
    @Field(key: "client") public var client: String
    @Field(key: "succeeded") public var succeeded: Bool

    public init() {}

    public init(login: String, client: String, succeeded: Bool, at date: Date) {
        self.login = login
        self.client = client
        self.succeeded = succeeded
        self.at = date
    }
}

import Foundation

/// The login and full name of an account as Tanba stores them: a login is lower-case Latin letters,
/// digits and `._-@` (it is typed on any keyboard and appears in CSV files), a name is 1-200 characters.
public enum AccountName {
    /// Why a login or a name was refused.
    public enum Problem: Error, Equatable, Sendable {
        case invalidLogin
        case invalidName
    }

    private static let loginCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._-@")

    /// The login as stored: trimmed and lower-cased.
    public static func login(_ raw: String) throws(Problem) -> String {
        let login = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard !login.isEmpty, login.count <= 64, login.unicodeScalars.allSatisfy(loginCharacters.contains) else {
            throw .invalidLogin
        }
        return login
    }

    /// The full name as stored: trimmed.
    public static func fullName(_ raw: String) throws(Problem) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw .invalidName }
        return name
    }
}

import Foundation

/// What a new password must be (NIST SP 800-63B §3.1.1.2, ASVS 5.0 V6.2).
///
/// Length is the strength that matters: at least ten characters, no composition rules. bcrypt
/// reads only the first 72 bytes, and a Cyrillic or Kazakh letter takes two, so a longer password
/// is refused rather than silently cut (its tail would be ignored at every sign-in). A password
/// built on the login or the person's name, or one a dictionary checker knows, is refused too.
public struct PasswordPolicy: Sendable {
    public static let minimumCharacters = 10
    /// bcrypt's input limit.
    public static let maximumBytes = 72
    /// Name parts shorter than this are too common inside words to refuse on.
    static let shortestNamePart = 4

    public init() {}

    /// Why a password is refused.
    public enum Problem: Equatable, Sendable, Error {
        case tooShort(minimum: Int)
        case tooLong(maximumBytes: Int)
        case containsLogin
        case containsName
        /// A word, a keyboard pattern or a password on the lists that guessing starts with.
        case common
    }

    /// The problems of `password` for the user `login` called `fullName`; `isCommon` asks a
    /// dictionary checker. Empty when the password may be used.
    public func problems(password: String, login: String, fullName: String,
                         isCommon: (String) -> Bool = { _ in false }) -> [Problem] {
        var problems: [Problem] = []
        if password.count < Self.minimumCharacters { problems.append(.tooShort(minimum: Self.minimumCharacters)) }
        if password.utf8.count > Self.maximumBytes { problems.append(.tooLong(maximumBytes: Self.maximumBytes)) }
        let folded = Self.fold(password)
        let loginPart = Self.fold(login)
        if loginPart.count >= 3, folded.contains(loginPart) { problems.append(.containsLogin) }
        let nameParts = fullName.split(whereSeparator: { !$0.isLetter }).map { Self.fold(String($0)) }
        if nameParts.contains(where: { $0.count >= Self.shortestNamePart && folded.contains($0) }) {
            problems.append(.containsName)
        }
        let candidates = [password] + (Self.stem(password).map { [$0] } ?? [])
        if problems.isEmpty, candidates.contains(where: isCommon) { problems.append(.common) }
        return problems
    }

    /// The password without the digits and symbols around it ("password1234", "Admin2026!!"):
    /// a word with a year or a run of digits added is the first thing guessing tries.
    static func stem(_ password: String) -> String? {
        let letters = password.drop(while: { !$0.isLetter }).reversed().drop(while: { !$0.isLetter }).reversed()
        let stem = String(letters)
        return stem.isEmpty || stem == password ? nil : stem
    }

    /// Lower case, ё as е: the variations people type without thinking.
    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }
}

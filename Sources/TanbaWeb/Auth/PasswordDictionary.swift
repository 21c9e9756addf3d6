import CCrackLib
import Foundation
import NIOConcurrencyHelpers

/// cracklib's check of a new password against its dictionary, keyboard patterns and the user's
/// own login and name (Debian's cracklib-runtime keeps the dictionary).
enum PasswordDictionary {
    /// The dictionary cracklib was built to read, when its files are installed.
    static let path: String? = {
        guard let base = GetDefaultCracklibDict().map({ String(cString: $0) }),
              FileManager.default.fileExists(atPath: base + ".pwd") else { return nil }
        return base
    }()

    /// Whether checks run: `tanba serve` warns when the dictionary is missing.
    static var isAvailable: Bool { path != nil }

    /// cracklib keeps state between calls inside one check: one at a time.
    private static let lock = NIOLock()

    /// Whether cracklib refuses `password` for the user `login` called `fullName`.
    static func isWeak(_ password: String, login: String, fullName: String) -> Bool {
        guard let path else { return false }
        return lock.withLock {
            FascistCheckUser(password, path, login, fullName) != nil
        }
    }
}

/// What the command line needs to know about password checking.
public enum PasswordSecurity {
    /// Whether cracklib's dictionary is installed.
    public static var dictionaryAvailable: Bool { PasswordDictionary.isAvailable }
}

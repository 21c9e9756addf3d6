import Foundation

/// Where the database is, read from `DATABASE_URL`.
public enum DatabaseLocation: Equatable, Sendable {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    /// `sqlite:///absolute/path.sqlite`, `sqlite::memory:`, `postgres://...`; nil means `./tanba.sqlite`.
    public static func parse(_ value: String?) throws(DatabaseLocationError) -> DatabaseLocation {
        guard let value, !value.isEmpty else {
            return .sqliteFile(path: FileManager.default.currentDirectoryPath + "/tanba.sqlite")
        }
        if value == "sqlite::memory:" { return .sqliteMemory }
        if value.hasPrefix("sqlite://") {
            let path = String(value.dropFirst("sqlite://".count))
            guard path.hasPrefix("/") else { throw .relativeSQLitePath(value) }
            return .sqliteFile(path: path)
        }
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            return .postgres(url: value)
        }
        throw .unsupported(value)
    }
}

/// A `DATABASE_URL` Tanba cannot use.
public enum DatabaseLocationError: Error, Equatable, CustomStringConvertible {
    case relativeSQLitePath(String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .relativeSQLitePath(let value):
            "DATABASE_URL \(value): give an absolute path, e.g. sqlite:///var/lib/tanba/tanba.sqlite"
        case .unsupported(let value):
            "DATABASE_URL \(value): expected sqlite:///absolute/path.sqlite or postgres://user:password@host/db"
        }
    }
}

import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor
import TanbaPersistence

/// A fault of the machine rather than of the request: the disk is full, the storage folder or the
/// database cannot be written or reached. The visitor is told so in their language and asked to
/// come back (503, or 507 for a full disk); the cause goes to the log.
enum MachineFault: String {
    case storageFull = "storage_full"
    case storageReadOnly = "storage_read_only"
    case storageFailed = "storage_failed"
    case databaseFull = "database_full"
    case databaseReadOnly = "database_read_only"
    case databaseUnavailable = "database_unavailable"

    static func of(_ error: any Error) -> MachineFault? {
        if let storage = error as? DocumentStorageError {
            switch storage {
            case .full: return .storageFull
            case .readOnly: return .storageReadOnly
            case .failed: return .storageFailed
            }
        }
        if let sqlite = error as? SQLiteError {
            let reason = "\(sqlite.reason)"
            if reason.hasPrefix("full") { return .databaseFull }
            if reason.hasPrefix("readOnly") { return .databaseReadOnly }
            if reason.hasPrefix("ioError") || reason.hasPrefix("cantOpen") || reason.hasPrefix("busy") || reason.hasPrefix("locked") {
                return .databaseUnavailable
            }
            return nil
        }
        if let postgres = error as? PSQLError {
            // SQLSTATE class 53 (insufficient resources), 25006 (read-only transaction), 57P (shutdown), 08 (connection).
            if postgres.code == .serverClosedConnection || postgres.code == .clientClosedConnection { return .databaseUnavailable }
            guard let state = postgres.serverInfo?[.sqlState] else { return nil }
            if state == "53100" { return .databaseFull }
            if state == "25006" { return .databaseReadOnly }
            if state.hasPrefix("53") || state.hasPrefix("57P") || state.hasPrefix("08") { return .databaseUnavailable }
        }
        return nil
    }

    var status: HTTPStatus {
        self == .storageFull || self == .databaseFull ? .insufficientStorage : .serviceUnavailable
    }
}

import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// The institution's signing keys in the database: one active, the retired ones kept published.
public struct IssuerKeyRing: Sendable {
    public let database: any Database
    public let issuer: OpenBadgesIssuer
    public let clock: Clock

    public init(database: any Database, issuer: OpenBadgesIssuer, clock: Clock) {
        self.database = database
        self.issuer = issuer
        self.clock = clock
    }

    /// The key new credentials are signed with; the first one is created on first use.
    public func activeKey() async throws -> IssuerSigningKey {
        if let row = try await IssuerKeyModel.query(on: database).filter(\.$active == true).first() {
            return try IssuerKeyStore.open(row.sealedPrivateKey, keyID: row.keyID, with: issuer.keyEncryptionKey)
        }
        do {
            return try await createKey(retiring: nil)
        } catch {
            // Another request created the first key at the same moment; the unique key number refused ours.
            guard let row = try await IssuerKeyModel.query(on: database).filter(\.$active == true).first() else { throw error }
            return try IssuerKeyStore.open(row.sealedPrivateKey, keyID: row.keyID, with: issuer.keyEncryptionKey)
        }
    }

    /// Retires the active key and makes a new one (`tanba keys rotate`). The retired key stays in
    /// the issuer profile, so every credential it signed keeps verifying.
    @discardableResult
    public func rotate() async throws -> IssuerSigningKey {
        let current = try await IssuerKeyModel.query(on: database).filter(\.$active == true).first()
        if let current {
            // A key sealed under another key-encryption key means the configuration is wrong: stop before retiring anything.
            _ = try IssuerKeyStore.open(current.sealedPrivateKey, keyID: current.keyID, with: issuer.keyEncryptionKey)
        }
        return try await createKey(retiring: current)
    }

    /// Every key ever used, newest first, as the issuer profile publishes them.
    public func publishedKeys() async throws -> [IssuerKeyModel] {
        try await IssuerKeyModel.query(on: database).sort(\.$number, .descending).all()
    }

    /// The issuer profile document served at `issuer.profileURL`, with every key as a `Multikey`.
    public func profileDocument() async throws -> JSONValue {
        _ = try await activeKey()
        let keys = try await publishedKeys().map {
            IssuerProfileDocument.Key(id: $0.keyID, publicKeyMultibase: $0.publicKeyMultibase, active: $0.active)
        }
        let name = try await SettingsStore.institutionName(on: database)
        return try IssuerProfileDocument.build(profile: issuer.profile(institutionName: name), keys: keys,
                                               extensionContext: issuer.extensionContext)
    }

    private func createKey(retiring current: IssuerKeyModel?) async throws -> IssuerSigningKey {
        let existing = try await IssuerKeyModel.query(on: database).all().map(\.keyID)
        let key = IssuerKeyStore.generateKey(profileURL: issuer.profileURL, existingKeyIDs: existing)
        guard let number = IssuerKeyStore.keyNumber(of: key.id, profileURL: issuer.profileURL) else {
            throw CredentialError.invalidKey("generated key id \(key.id) has no number")
        }
        let sealed = try IssuerKeyStore.seal(key, with: issuer.keyEncryptionKey)
        let now = clock.now()
        try await database.transaction { db in
            if let current {
                current.active = false
                current.retiredAt = now
                try await current.update(on: db)
            }
            try await IssuerKeyModel(keyID: key.id, number: number, publicKeyMultibase: key.publicKeyMultibase,
                                     sealedPrivateKey: sealed, at: now).create(on: db)
        }
        return key
    }
}

import Fluent
import Foundation
import SQLKit
import TanbaCore
import TanbaCredentials

/// Revocation status lists (W3C Bitstring Status List): where each credential's bit is and what
/// each published list says. A bit is set when its certificate is no longer valid: revoked, or
/// superseded by a corrected certificate.
public struct StatusLists: Sendable {
    /// Bits per list: the spec's minimum for herd privacy.
    public static let listSize = BitstringStatusList.minimumBitCount
    /// A list takes new credentials until half of it is used, so random indices stay cheap to find
    /// and no index pattern reveals issue order.
    static let fillLimit = listSize / 2

    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// `count` fresh positions, at random within the current list, moving to the next list when it is half full.
    func allocate(_ count: Int) async throws -> [(list: Int, index: Int)] {
        guard count > 0 else { return [] }
        var list = try await CertificateCredentialModel.query(on: database).max(\.$statusList) ?? 1
        var used = try await usedIndices(in: list)
        let allocator = try StatusListIndexAllocator(size: Self.listSize)
        var positions: [(list: Int, index: Int)] = []
        for _ in 0..<count {
            if used.count >= Self.fillLimit {
                list += 1
                used = []
            }
            let index = try allocator.allocate(excluding: used)
            used.insert(index)
            positions.append((list, index))
        }
        return positions
    }

    /// The indices of list `list` already handed out. Read as one column: Fluent would decode a model,
    /// by reflection, for each of up to half a list's rows on every batch.
    func usedIndices(in list: Int) async throws -> Set<Int> {
        guard let sql = database as? any SQLDatabase else {
            return Set(try await CertificateCredentialModel.query(on: database).filter(\.$statusList == list).all(\.$statusIndex))
        }
        let rows = try await sql.select().column("status_index").from(CertificateCredentialModel.schema)
            .where("status_list", .equal, list).all()
        return Set(try rows.map { try $0.decode(column: "status_index", as: Int.self) })
    }

    /// Whether list `number` has ever been handed out (only those are published).
    public func exists(_ number: Int) async throws -> Bool {
        guard number >= 1 else { return false }
        let highest = try await CertificateCredentialModel.query(on: database).max(\.$statusList) ?? 1
        return number <= highest
    }

    /// The indices of list `number` whose certificates are revoked or superseded.
    public func setIndices(of number: Int) async throws -> [Int] {
        let credentials = try await CertificateCredentialModel.query(on: database).filter(\.$statusList == number).all()
        guard !credentials.isEmpty else { return [] }
        let invalid = Set(try await CertificateModel.query(on: database)
            .filter(\.$status != CertificateStatus.valid.rawValue).all(\.$id))
        return credentials.filter { invalid.contains($0.certificateID) }.map(\.statusIndex).sorted()
    }

    /// The unsigned bitstring of list `number`.
    public func bitstring(of number: Int) async throws -> BitstringStatusList {
        var list = try BitstringStatusList(bitCount: Self.listSize)
        for index in try await setIndices(of: number) { try list.set(index) }
        return list
    }

    /// The signed `BitstringStatusListCredential` for list `number`, valid for `lifetime` from `now`.
    public func signedListCredential(_ number: Int, issuer: OpenBadgesIssuer, key: IssuerSigningKey, now: Date,
                                     lifetime: TimeInterval = 24 * 3600) async throws -> JSONValue {
        let unsigned = try StatusListCredentialBuilder.build(
            id: issuer.statusListURL(number), issuerID: issuer.profileURL, list: try await bitstring(of: number),
            validFrom: now, validUntil: now.addingTimeInterval(lifetime))
        return try issuer.suite.sign(document: unsigned, options: key.proofOptions(created: now), privateKey: key.privateKey)
    }
}

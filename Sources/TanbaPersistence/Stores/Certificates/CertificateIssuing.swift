import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// Issuing certificates: one issue at a time per process, documents rendered and credentials signed
/// in parallel, rows stored in batches, each with its audit event. What they certify is in
/// `+Content`; revocation and reissue in `CertificateLifecycle`; lookups in `CertificateQueries`.
public struct CertificateIssuing: Sendable {
    public let database: any Database
    public let clock: Clock
    /// Verification tokens.
    public let random: RandomSource
    /// Signs each certificate's Open Badges 3.0 credential in the same transaction. Only tests of
    /// numbering and documents pass nil; the app always sets it.
    public let issuer: OpenBadgesIssuer?

    public init(database: any Database, clock: Clock, random: RandomSource, issuer: OpenBadgesIssuer?) {
        self.database = database
        self.clock = clock
        self.random = random
        self.issuer = issuer
    }

    /// Issues the certificate of a learner the session's protocol awarded: number, token, documents
    /// and journal row in one transaction. A failure anywhere leaves nothing behind.
    public func issue(to learnerID: UUID, from sessionID: UUID, by actor: ActingUser, render: @escaping CertificateRenderer) async throws
        -> CertificateModel {
        guard actor.role.may(.manageAttestation) else { throw CertificateStoreError.forbidden }
        let session = try await closedSessionAfterStudy(sessionID)
        guard let decision = try await AttestationDecisionModel.query(on: database).filter(\.$sessionID == sessionID)
                .filter(\.$learnerID == learnerID).first(), decision.awards
        else { throw CertificateStoreError.notAwarded }
        let content = try await certifiedContent(learnerID: learnerID, session: session)
        return try await issue(content, learnerID: learnerID, intakeID: session.intakeID, sessionID: sessionID,
                               supersedes: nil, by: actor, render: render)
    }

    /// Issues every learner the closed session awarded who has no valid certificate of the intake
    /// and none from this session, as one transaction.
    public func issueAll(from sessionID: UUID, by actor: ActingUser, render: @escaping CertificateRenderer,
                         progress: IssueProgress? = nil) async throws -> [CertificateModel] {
        guard actor.role.may(.manageAttestation) else { throw CertificateStoreError.forbidden }
        let session = try await closedSessionAfterStudy(sessionID)
        let awarded = try await AttestationDecisionModel.query(on: database).filter(\.$sessionID == sessionID).all().filter(\.awards)
        // Skipped: whoever holds a valid certificate of the intake, and whoever this protocol already
        // got one for, even if revoked since (bulk issuing never silently replaces it). A learner whose
        // earlier certificate was revoked and whom this later protocol awarded again is issued.
        let existing = try await CertificateModel.query(on: database).filter(\.$intakeID == session.intakeID)
            .field(\.$id).field(\.$learnerID).field(\.$sessionID).field(\.$status).all()
        let issued = Set(existing.filter { $0.sessionID == sessionID || $0.status == CertificateStatus.valid.rawValue }.map(\.learnerID))
        let learnerIDs = awarded.map(\.learnerID).filter { !issued.contains($0) }
        guard !learnerIDs.isEmpty else { return [] }
        let contents = try await certifiedContents(of: learnerIDs, session: session)
        let requests = try learnerIDs.map { learnerID in
            guard let content = contents[learnerID] else { throw CertificateStoreError.learnerNotReady }
            return IssueRequest(content: content, learnerID: learnerID, intakeID: session.intakeID, sessionID: sessionID)
        }
        return try await issueBatch(requests, by: actor, render: render, progress: progress)
    }

    /// The session whose protocol awards, once it is closed, the intake's study is over and, where
    /// the policy issues on an order (004 §5.15), the award order is recorded.
    private func closedSessionAfterStudy(_ sessionID: UUID) async throws -> AttestationSessionModel {
        guard let session = try await AttestationSessionModel.find(sessionID, on: database) else { throw CertificateStoreError.notFound }
        guard session.isClosed else { throw CertificateStoreError.notAwarded }
        if try await SettingsStore.policy(on: database).requiresAwardOrder,
           try await AwardOrderModel.query(on: database).filter(\.$sessionID == sessionID).count() == 0 {
            throw CertificateStoreError.awardOrderMissing
        }
        guard let intake = try await IntakeModel.find(session.intakeID, on: database) else { throw CertificateStoreError.notFound }
        do {
            try StudyPeriod(startsOn: intake.startsOn, endsOn: intake.endsOn).checkAfterStudy(AlmatyDate.iso(clock.now()))
        } catch .beforeStudyEnds(let endsOn) {
            throw CertificateStoreError.beforeStudyEnds(endsOn: endsOn)
        }
        return session
    }

    /// One certificate to issue.
    public struct IssueRequest: Sendable {
        public let content: CertifiedContent
        public let learnerID: UUID
        public let intakeID: UUID
        public let sessionID: UUID?
        public let supersedes: UUID?

        public init(content: CertifiedContent, learnerID: UUID, intakeID: UUID, sessionID: UUID?, supersedes: UUID? = nil) {
            self.content = content
            self.learnerID = learnerID
            self.intakeID = intakeID
            self.sessionID = sessionID
            self.supersedes = supersedes
        }
    }

    /// The lowest-level issue, also used by reissuing.
    public func issue(_ draft: CertifiedContent, learnerID: UUID, intakeID: UUID, sessionID: UUID?, supersedes: UUID?,
                      by actor: ActingUser, render: @escaping CertificateRenderer) async throws -> CertificateModel {
        let issued = try await issueBatch([IssueRequest(content: draft, learnerID: learnerID, intakeID: intakeID,
                                                        sessionID: sessionID, supersedes: supersedes)], by: actor, render: render)
        guard let certificate = issued.first else { throw CertificateStoreError.notFound }
        return certificate
    }

    /// Issues several certificates as one transaction: consecutive numbers, documents rendered in
    /// parallel and written as they are ready. Either all are issued or none.
    public func issueBatch(_ requests: [IssueRequest], by actor: ActingUser, render: @escaping CertificateRenderer,
                           parallelism: Int = CertificateIssuing.issuesInFlight,
                           progress: IssueProgress? = nil) async throws
        -> [CertificateModel] {
        guard !requests.isEmpty else { return [] }
        let database = self.database
        let random = self.random
        // Settings and the signing key are read once the lock is held: issues waiting for it hold
        // no connection and ask for none, so a queue of them cannot starve the one that is writing.
        return try await IssuanceLock.shared.run {
            let settings = try await SettingsStore.issuingSettings(on: database)
            guard settings.gaps.isEmpty else { throw CertificateStoreError.institutionNotSetUp(settings.gaps) }
            let policy = settings.policy
            let now = clock.now()
            let year = Monitoring.year(of: now)
            let signer = try await credentialSigner(policy: policy, institutionName: settings.institution.fullName.ru)
            return try await database.transaction { db in
                let intakeIDs = Array(Set(requests.map(\.intakeID)))
                let learnerIDs = Array(Set(requests.map(\.learnerID)))
                // Only these learners' valid certificates, without their content: a session issued in
                // several batches must not re-read everything issued before.
                let valid = try await CertificateModel.query(on: db).filter(\.$intakeID ~~ intakeIDs)
                    .filter(\.$learnerID ~~ learnerIDs).filter(\.$status == CertificateStatus.valid.rawValue)
                    .field(\.$id).field(\.$learnerID).field(\.$intakeID).field(\.$registrationNumber).all()
                let validByKey = Dictionary(valid.map { ("\($0.learnerID)/\($0.intakeID)", $0) }, uniquingKeysWith: { first, _ in first })
                var seen: Set<String> = []
                for request in requests {
                    let key = "\(request.learnerID)/\(request.intakeID)"
                    if let existing = validByKey[key], existing.id != request.supersedes {
                        throw CertificateStoreError.alreadyIssued(existing.registrationNumber)
                    }
                    guard seen.insert(key).inserted else { throw CertificateStoreError.alreadyIssued(key) }
                }
                let last = try await CounterStore.reserve(requests.count, of: "certificate:\(year)", on: db)
                let first = last - requests.count + 1
                let positions = signer == nil ? [] : try await StatusLists(database: db).allocate(requests.count)
                let prepared: [Prepared] = requests.enumerated().map { offset, request in
                    var content = request.content
                    content.registrationNumber = policy.registrationNumberFormat.format(year: year, sequence: first + offset)
                    content.issuedOn = AlmatyDate.iso(now)
                    content.formNumber = String(format: "%06d", first + offset)
                    return Prepared(request: request, content: content, token: VerificationToken.random(from: random), sequence: first + offset,
                                    status: positions.isEmpty ? nil : positions[offset])
                }
                let work: @Sendable (Int) async throws -> Artifacts = { index in
                    let item = prepared[index]
                    let documents = try await render(item.content, item.token)
                    guard let signer, let status = item.status else { return Artifacts(documents: documents, credential: nil) }
                    let credential = try signer.sign(.init(content: item.content, token: item.token, learnerID: item.request.learnerID,
                                                           statusList: status.list, statusIndex: status.index, issuedAt: now))
                    return Artifacts(documents: documents, credential: credential)
                }
                // Rows are written in chunks while later certificates are still rendering, so the
                // database work overlaps the documents' instead of following it; all in this transaction.
                let (chunks, delivery) = AsyncThrowingStream<[(index: Int, artifacts: Artifacts)], any Error>.makeStream()
                return try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        var pending: [(index: Int, artifacts: Artifacts)] = []
                        do {
                            _ = try await Self.produceAll(prepared.count, parallelism: parallelism, progress: progress, work) { index, artifacts in
                                pending.append((index, artifacts))
                                if pending.count == Self.storeChunkSize || index == prepared.count - 1 {
                                    delivery.yield(pending)
                                    pending.removeAll(keepingCapacity: true)
                                }
                            }
                            delivery.finish()
                        } catch {
                            delivery.finish(throwing: error)
                        }
                    }
                    var certificates: [CertificateModel] = []
                    for try await chunk in chunks {
                        certificates += try await Self.store(chunk.map { (prepared[$0.index], $0.artifacts) }, year: year, signer: signer,
                                                             by: actor, at: now, on: db)
                    }
                    try await group.waitForAll()
                    return certificates
                }
            }
        }
    }

    /// How many certificates are rendered and signed at once: twice the cores, because each issue
    /// alternates between two renders at once (certificate and transcript, one usually finishing
    /// first) and single-threaded signing, and with only one issue per core those phases left a
    /// core idle about a tenth of the time (docs/performance.md).
    public static let issuesInFlight = max(1, ProcessInfo.processInfo.activeProcessorCount * 2)

    /// How many issued certificates are written to the database at a time.
    static let storeChunkSize = 25

    /// Writes issued certificates with their documents, credentials and audit events (and marks
    /// what they supersede), inside the caller's transaction.
    private static func store(_ items: [(prepared: Prepared, artifacts: Artifacts)], year: Int, signer: CertificateCredentialSigner?,
                              by actor: ActingUser, at now: Date, on db: any Database) async throws -> [CertificateModel] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var certificates: [CertificateModel] = []
        for (item, _) in items {
            certificates.append(CertificateModel(
                id: UUID(), registrationNumber: item.content.registrationNumber, year: year, sequence: item.sequence,
                token: item.token, learnerID: item.request.learnerID, intakeID: item.request.intakeID,
                sessionID: item.request.sessionID, surnameKey: CertifiedContent.surnameKey(of: item.content.learnerName),
                content: String(decoding: try encoder.encode(item.content), as: UTF8.self),
                searchKey: CertificateModel.searchKey(number: item.content.registrationNumber, content: item.content),
                supersedes: item.request.supersedes,
                at: now))
        }
        try await certificates.insert(on: db)
        var rows: [IssuedDocumentModel] = []
        var credentials: [CertificateCredentialModel] = []
        var events: [AuditEventModel] = []
        for (certificate, (item, artifacts)) in zip(certificates, items) {
            let certificateID = try certificate.requireID()
            rows += artifacts.documents.map { IssuedDocumentModel(certificateID: certificateID, kind: $0.kind, pdf: $0.pdf, at: now) }
            if let json = artifacts.credential, let signer, let status = item.status {
                credentials.append(CertificateCredentialModel(certificateID: certificateID, statusList: status.list,
                                                              statusIndex: status.index, keyID: signer.key.id, json: json, at: now))
            }
            events.append(AuditEventModel(actor: actor, action: "issued", subjectID: certificateID,
                                          details: "\(certificate.registrationNumber) \(item.content.learnerName)", at: now))
            if let supersedes = item.request.supersedes, let old = try await CertificateModel.find(supersedes, on: db) {
                old.status = CertificateStatus.superseded.rawValue
                old.supersededBy = certificateID
                try await old.update(on: db)
                events.append(AuditEventModel(actor: actor, action: "superseded", subjectID: supersedes,
                                              details: "by \(certificate.registrationNumber)", at: now))
            }
        }
        // A chunk's documents go in one statement: at most `storeChunkSize` certificates' PDFs.
        try await rows.insert(on: db)
        try await credentials.insert(on: db)
        try await AuditChain.link(events, on: db)
        try await events.insert(on: db)
        return certificates
    }

    /// A certificate between numbering and storing.
    private struct Prepared: Sendable {
        let request: IssueRequest
        let content: CertifiedContent
        let token: VerificationToken
        let sequence: Int
        let status: (list: Int, index: Int)?
    }

    /// What rendering and signing produce for one certificate.
    private struct Artifacts: Sendable {
        let documents: [RenderedDocument]
        let credential: String?
    }

    /// The signer for this batch: the institution's active key (created on first use) and profile.
    private func credentialSigner(policy: InstitutionPolicy, institutionName: String) async throws -> CertificateCredentialSigner? {
        guard let issuer else { return nil }
        let key = try await IssuerKeyRing(database: database, issuer: issuer, clock: clock).activeKey()
        return CertificateCredentialSigner(issuer: issuer, profile: issuer.profile(institutionName: institutionName), key: key,
                                           gradeScale: policy.gradeScale)
    }

    /// Runs `work` for every index, `parallelism` at a time, keeping the order. `deliver` gets each
    /// result in index order as soon as it and every result before it are done.
    static func produceAll<T: Sendable>(_ count: Int, parallelism: Int, progress: IssueProgress? = nil,
                                        _ work: @escaping @Sendable (Int) async throws -> T,
                                        inOrder deliver: (Int, T) -> Void = { _, _ in }) async throws -> [T] {
        var results = [T?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Int, T).self) { group in
            var next = 0
            func submit() {
                guard next < count else { return }
                let index = next
                group.addTask { (index, try await work(index)) }
                next += 1
            }
            for _ in 0..<min(parallelism, count) { submit() }
            var done = 0
            var delivered = 0
            while let (index, value) = try await group.next() {
                results[index] = value
                done += 1
                progress?(done, count)
                submit()
                while delivered < count, let ready = results[delivered] {
                    deliver(delivered, ready)
                    delivered += 1
                }
            }
        }
        return results.compactMap { $0 }
    }
}

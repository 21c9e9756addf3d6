import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// A rendered document of a certificate.
public struct RenderedDocument: Sendable {
    /// `certificate` or `transcript`.
    public let kind: String
    public let pdf: Data

    public init(kind: String, pdf: Data) {
        self.kind = kind
        self.pdf = pdf
    }
}

/// Draws a certificate's documents from its frozen content and verification token.
public typealias CertificateRenderer = @Sendable (CertifiedContent, VerificationToken) async throws -> [RenderedDocument]

/// Told how many certificates of a batch are rendered and signed so far, and of how many.
public typealias IssueProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Serialises issuing inside one process so SQLite never sees two writers race for the same number;
/// across processes the counter row's lock in PostgreSQL does the same.
actor IssuanceLock {
    static let shared = IssuanceLock()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` alone: an actor by itself would let a second issue start whenever the first awaits.
    nonisolated func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await work()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// Issuing, revoking, reissuing and finding certificates; every change is in the audit trail.
public struct CertificateStore: Sendable {
    public let database: any Database
    public let clock: Clock
    /// Signs each certificate's Open Badges 3.0 credential in the same transaction. Only tests of
    /// numbering and documents leave it out; the app always sets it.
    public let issuer: OpenBadgesIssuer?

    public init(database: any Database, clock: Clock, issuer: OpenBadgesIssuer? = nil) {
        self.database = database
        self.clock = clock
        self.issuer = issuer
    }

    /// Issues the certificate of a learner the session's protocol awarded: number, token, documents
    /// and journal row in one transaction. A failure anywhere leaves nothing behind.
    public func issue(to learnerID: UUID, from sessionID: UUID, by actor: ActingUser, render: @escaping CertificateRenderer) async throws
        -> CertificateModel {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let session = try await CommissionStore(database: database, clock: clock).session(sessionID)
        guard session.isClosed,
              let decision = try await AttestationDecisionModel.query(on: database).filter(\.$sessionID == sessionID)
                .filter(\.$learnerID == learnerID).first(), decision.awards
        else { throw AttestationStoreError.notAwarded }
        try await CommissionStore.checkAfterStudy(AlmatyDate.iso(clock.now()), intakeID: session.intakeID, on: database)
        let content = try await certifiedContent(learnerID: learnerID, session: session)
        return try await issue(content, learnerID: learnerID, intakeID: session.intakeID, sessionID: sessionID,
                               supersedes: nil, by: actor, render: render)
    }

    /// Issues every learner the closed session awarded who has no valid certificate of the intake
    /// and none from this session, as one transaction.
    public func issueAll(from sessionID: UUID, by actor: ActingUser, render: @escaping CertificateRenderer,
                         progress: IssueProgress? = nil) async throws -> [CertificateModel] {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let session = try await CommissionStore(database: database, clock: clock).session(sessionID)
        guard session.isClosed else { throw AttestationStoreError.notAwarded }
        try await CommissionStore.checkAfterStudy(AlmatyDate.iso(clock.now()), intakeID: session.intakeID, on: database)
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
            guard let content = contents[learnerID] else { throw AttestationStoreError.learnerNotReady }
            return IssueRequest(content: content, learnerID: learnerID, intakeID: session.intakeID, sessionID: sessionID)
        }
        return try await issueBatch(requests, by: actor, render: render, progress: progress)
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
        guard let certificate = issued.first else { throw AttestationStoreError.notFound }
        return certificate
    }

    /// Issues several certificates as one transaction: consecutive numbers, documents rendered in
    /// parallel and written as they are ready. Either all are issued or none.
    public func issueBatch(_ requests: [IssueRequest], by actor: ActingUser, render: @escaping CertificateRenderer,
                           parallelism: Int = CertificateStore.issuesInFlight,
                           progress: IssueProgress? = nil) async throws
        -> [CertificateModel] {
        guard !requests.isEmpty else { return [] }
        let policy = try await SettingsStore.policy(on: database)
        let now = clock.now()
        let year = Monitoring.year(of: now)
        let database = self.database
        let signer = try await credentialSigner(policy: policy)
        return try await IssuanceLock.shared.run {
            try await database.transaction { db in
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
                        throw AttestationStoreError.alreadyIssued(existing.registrationNumber)
                    }
                    guard seen.insert(key).inserted else { throw AttestationStoreError.alreadyIssued(key) }
                }
                let last = try await CounterStore.reserve(requests.count, of: "certificate:\(year)", on: db)
                let first = last - requests.count + 1
                let positions = signer == nil ? [] : try await StatusLists(database: db).allocate(requests.count)
                let prepared: [Prepared] = requests.enumerated().map { offset, request in
                    var content = request.content
                    content.registrationNumber = policy.registrationNumberFormat.format(year: year, sequence: first + offset)
                    content.issuedOn = AlmatyDate.iso(now)
                    return Prepared(request: request, content: content, token: VerificationToken.random(), sequence: first + offset,
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
                content: String(decoding: try encoder.encode(item.content), as: UTF8.self), supersedes: item.request.supersedes,
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
    private func credentialSigner(policy: InstitutionPolicy) async throws -> CertificateCredentialSigner? {
        guard let issuer else { return nil }
        let key = try await IssuerKeyRing(database: database, issuer: issuer, clock: clock).activeKey()
        let name = try await SettingsStore.value(SettingsStore.institutionNameKey, on: database) ?? ""
        return CertificateCredentialSigner(issuer: issuer, profile: issuer.profile(institutionName: name), key: key,
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

    /// Annuls a certificate with a reason (002 §9.2); it then verifies as revoked, never as unknown.
    public func revoke(_ certificateID: UUID, reason: String, by actor: ActingUser) async throws {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        guard (3...2000).contains(reason.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "reason") }
        let now = clock.now()
        try await database.transaction { db in
            guard let certificate = try await CertificateModel.find(certificateID, on: db) else { throw AttestationStoreError.notFound }
            guard try certificate.certificateStatus == .valid else { throw AttestationStoreError.alreadyRevoked }
            certificate.status = CertificateStatus.revoked.rawValue
            certificate.revokedAt = now
            certificate.revocationReason = reason.trimmed
            try await certificate.update(on: db)
            try await AuditEventModel(actor: actor, action: "revoked", subjectID: certificateID, details: reason.trimmed, at: now)
                .create(on: db)
        }
    }

    /// Issues a corrected certificate (new number and token) that supersedes `certificateID`.
    public func reissue(_ certificateID: UUID, correctedName: String?, by actor: ActingUser, render: @escaping CertificateRenderer) async throws
        -> CertificateModel {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        guard let old = try await CertificateModel.find(certificateID, on: database) else { throw AttestationStoreError.notFound }
        guard try old.certificateStatus == .valid else { throw AttestationStoreError.alreadyRevoked }
        var content = try old.certifiedContent()
        if let name = correctedName?.trimmed, !name.isEmpty { content.learnerName = String(name.prefix(200)) }
        return try await issue(content, learnerID: old.learnerID, intakeID: old.intakeID, sessionID: old.sessionID,
                               supersedes: certificateID, by: actor, render: render)
    }

    // MARK: - Finding

    public func find(token: String) async throws -> CertificateModel? {
        guard let token = VerificationToken(parsing: token) else { return nil }
        return try await CertificateModel.query(on: database).filter(\.$token == token.value).first()
    }

    /// Number plus surname: both must match, so numbers alone reveal nothing.
    /// The certificate with `number` when `surname` names its holder as `SurnameMatch` folds it
    /// (Kazakh letters typed on a Russian keyboard, ё/е, case), in Cyrillic or in the Latin
    /// spelling printed on it. The number is unique, so the surname is compared in memory.
    public func find(number: String, surname: String) async throws -> CertificateModel? {
        guard !surname.trimmed.isEmpty, (1...40).contains(number.trimmed.count),
              let certificate = try await CertificateModel.query(on: database)
                .filter(\.$registrationNumber == number.trimmed.uppercased()).first()
        else { return nil }
        let latin = (try? certificate.certifiedContent())?.learnerNameLatin.map(CertifiedContent.surnameKey)
        return SurnameMatch.matches(surname, printed: certificate.surnameKey, latin: latin) ? certificate : nil
    }

    public func find(_ id: UUID) async throws -> CertificateModel? {
        try await CertificateModel.find(id, on: database)
    }

    /// The signed Open Badges 3.0 credential issued with the certificate (none for certificates issued without one).
    public func credential(of certificateID: UUID) async throws -> CertificateCredentialModel? {
        try await CertificateCredentialModel.query(on: database).filter(\.$certificateID == certificateID).first()
    }

    public func document(_ kind: String, of certificateID: UUID) async throws -> IssuedDocumentModel? {
        try await IssuedDocumentModel.query(on: database).filter(\.$certificateID == certificateID).filter(\.$kind == kind).first()
    }

    /// The journal of issued documents (004 App. Г), newest first. `issuedFrom` and `issuedTo` are
    /// `yyyy-MM-dd` days on the Almaty calendar, each included; a day that does not exist is refused.
    public func journal(search: String? = nil, status: CertificateStatus? = nil, intakeID: UUID? = nil,
                        issuedFrom: String? = nil, issuedTo: String? = nil) async throws -> [CertificateModel] {
        let query = CertificateModel.query(on: database).sort(\.$issuedAt, .descending).sort(\.$sequence, .descending)
        if let status { query.filter(\.$status == status.rawValue) }
        if let intakeID { query.filter(\.$intakeID == intakeID) }
        if let issuedFrom {
            guard let start = AlmatyDate.day(iso: issuedFrom) else { throw AttestationStoreError.invalidInput(field: "issuedFrom") }
            query.filter(\.$issuedAt >= start)
        }
        if let issuedTo {
            guard let day = AlmatyDate.day(iso: issuedTo), let end = Monitoring.calendar.date(byAdding: .day, value: 1, to: day) else {
                throw AttestationStoreError.invalidInput(field: "issuedTo")
            }
            query.filter(\.$issuedAt < end)
        }
        var rows = try await query.all()
        if let text = search?.trimmed.lowercased(), !text.isEmpty {
            rows = rows.filter { $0.registrationNumber.lowercased().contains(text) || $0.content.lowercased().contains(text) }
        }
        return rows
    }

    public func auditTrail(of subjectID: UUID) async throws -> [AuditEventModel] {
        try await AuditEventModel.query(on: database).filter(\.$subjectID == subjectID).sort(\.$at).all()
    }

    // MARK: - Content

    /// What the certificate will say, gathered from the intake, the program edition, the grades and the protocol.
    func certifiedContent(learnerID: UUID, session: AttestationSessionModel) async throws -> CertifiedContent {
        guard let content = try await certifiedContents(of: [learnerID], session: session)[learnerID] else {
            throw AttestationStoreError.learnerNotReady
        }
        return content
    }

    /// What each learner's certificate will say. The intake, the program and the gradebook are read
    /// once for all of them: a session's bulk issue used to read the whole gradebook per learner.
    func certifiedContents(of learnerIDs: [UUID], session: AttestationSessionModel) async throws -> [UUID: CertifiedContent] {
        let sheet = try await GradebookStore(database: database, clock: clock).sheet(for: session.intakeID)
        let intake = sheet.intake, content = sheet.content
        let program = try await ProgramModel.find(intake.programID, on: database)
        let policy = try await SettingsStore.policy(on: database)
        let institution = try await SettingsStore.value(SettingsStore.institutionNameKey, on: database) ?? ""
        var methods: [String] = []
        for outcome in content.learningOutcomes where !methods.contains(outcome.assessmentMethod) {
            methods.append(outcome.assessmentMethod)
        }
        let rows = Dictionary(sheet.rows.compactMap { row in row.learner.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        let latinNames = Dictionary(
            try await LearnerProfileModel.query(on: database).filter(\.$userID ~~ Array(learnerIDs)).all()
                .compactMap { profile in profile.latinName.map { (profile.userID, $0) } },
            uniquingKeysWith: { first, _ in first })
        var result: [UUID: CertifiedContent] = [:]
        for learnerID in learnerIDs {
            guard let row = rows[learnerID], row.isReady else { throw AttestationStoreError.learnerNotReady }
            let lines = row.cells.map { cell -> CertifiedContent.Line in
                let discipline = content.disciplines[cell.discipline - 1]
                var points = 0, letter = "", gradePoints = ""
                if case .graded(let value, let band) = cell.standing {
                    points = value
                    letter = band.letter
                    gradePoints = "\(band.gradePoints)"
                }
                return CertifiedContent.Line(name: discipline.name, description: discipline.description,
                                             credits: "\(discipline.credits)", hours: discipline.hours.total, points: points,
                                             letter: letter, gradePoints: gradePoints)
            }
            result[learnerID] = CertifiedContent(
                registrationNumber: "", institution: institution, learnerName: row.learner.fullName, programTitle: content.title,
                programCode: program?.code ?? "", startsOn: intake.startsOn, endsOn: intake.endsOn, hours: content.totalHours,
                credits: "\(content.totalCredits)", usesECTS: policy.usesECTS, nqfLevel: content.passport.nqfLevel,
                eqfLevel: content.passport.eqfLevel, studyForm: intake.studyForm, language: intake.language,
                learningOutcomes: content.learningOutcomes.map { "\($0.code). \($0.text)" }, assessmentMethods: methods,
                disciplines: lines, gpa: row.summary(on: sheet.scale).gpaText ?? "", issuedOn: "",
                decisionProtocol: "№ \(session.protocolNumber), \(AlmatyDate.dotted(iso: session.sessionDate))",
                learnerNameLatin: latinNames[learnerID])
        }
        return result
    }
}

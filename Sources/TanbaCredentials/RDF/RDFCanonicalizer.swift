import Crypto
import Foundation

/// RDF Dataset Canonicalization RDFC-1.0 (W3C Recommendation), with SHA-256.
public enum RDFCanonicalizer {
    /// Bounds the work Hash N-Degree Quads may do (recursive calls plus permutations tried), so a
    /// crafted "poison" graph cannot make verification run for ever.
    public static let defaultWorkLimit = 100_000

    /// Canonical N-Quads: canonically relabelled quads, one per line ending "\n",
    /// deduplicated and sorted in code point order.
    public static func canonicalize(_ quads: [Quad], workLimit: Int = defaultWorkLimit) throws -> String {
        let labels = try canonicalLabels(for: quads, workLimit: workLimit)
        let lines = Set(quads.map { NQuads.line(for: relabel($0, with: labels)) })
        return lines.sortedByCodePoint().joined()
    }

    /// Existing blank node label (without "_:") to canonical label ("c14n0", ...).
    public static func canonicalLabels(for quads: [Quad], workLimit: Int = defaultWorkLimit) throws -> [String: String] {
        var state = CanonicalizationState(quads: quads, workLimit: workLimit)
        try state.run()
        return state.canonicalIssuer.issued
    }

    static func relabel(_ quad: Quad, with labels: [String: String]) -> Quad {
        func map(_ term: RDFTerm) -> RDFTerm {
            if case .blankNode(let label) = term, let canonical = labels[label] { return .blankNode(canonical) }
            return term
        }
        return Quad(subject: map(quad.subject), predicate: quad.predicate, object: map(quad.object), graph: quad.graph.map(map))
    }
}

/// The canonicalization state of RDFC-1.0 §4.3 and the algorithms that use it.
private struct CanonicalizationState {
    var blankNodeToQuads: [String: [Quad]] = [:]
    var canonicalIssuer = IdentifierIssuer(prefix: "c14n")
    private var firstDegreeHashes: [String: String] = [:]
    private var work = 0
    private let workLimit: Int

    init(quads: [Quad], workLimit: Int) {
        self.workLimit = workLimit
        // No Set of all quads first: hashing every quad cost more than the rest of this, and the
        // contains check below already keeps each quad once per blank node.
        for quad in quads {
            for label in [quad.subject.blankNodeLabel, quad.object.blankNodeLabel, quad.graph?.blankNodeLabel].compactMap({ $0 }) {
                if blankNodeToQuads[label]?.contains(quad) != true {
                    blankNodeToQuads[label, default: []].append(quad)
                }
            }
        }
    }

    mutating func run() throws {
        var hashToBlankNodes: [String: [String]] = [:]
        for label in blankNodeToQuads.keys.sortedByCodePoint() {
            hashToBlankNodes[hashFirstDegreeQuads(label), default: []].append(label)
        }
        var remaining: [(hash: String, labels: [String])] = []
        for hash in hashToBlankNodes.keys.sortedByCodePoint() {
            guard let labels = hashToBlankNodes[hash] else { continue }
            if labels.count == 1 {
                canonicalIssuer.issue(labels[0])
            } else {
                remaining.append((hash, labels))
            }
        }
        for (_, labels) in remaining {
            var hashPathList: [(hash: String, issuer: IdentifierIssuer)] = []
            for label in labels where canonicalIssuer.identifier(for: label) == nil {
                var temporaryIssuer = IdentifierIssuer(prefix: "b")
                temporaryIssuer.issue(label)
                hashPathList.append(try hashNDegreeQuads(label, issuer: temporaryIssuer))
            }
            hashPathList.sort { $0.hash.precedesInCodePointOrder($1.hash) }
            for result in hashPathList {
                for existing in result.issuer.issuedOrder {
                    canonicalIssuer.issue(existing)
                }
            }
        }
    }

    /// Hash First Degree Quads (§4.6).
    private mutating func hashFirstDegreeQuads(_ reference: String) -> String {
        if let cached = firstDegreeHashes[reference] { return cached }
        let lines = (blankNodeToQuads[reference] ?? []).map { quad -> String in
            func mask(_ term: RDFTerm) -> RDFTerm {
                guard case .blankNode(let label) = term else { return term }
                return .blankNode(label == reference ? "a" : "z")
            }
            let masked = Quad(subject: mask(quad.subject), predicate: quad.predicate, object: mask(quad.object), graph: quad.graph.map(mask))
            return NQuads.line(for: masked)
        }
        let hash = sha256Hex(lines.sortedByCodePoint().joined())
        firstDegreeHashes[reference] = hash
        return hash
    }

    /// Hash Related Blank Node (§4.7).
    private mutating func hashRelatedBlankNode(_ related: String, quad: Quad, issuer: IdentifierIssuer, position: String) -> String {
        let identifier: String
        if let canonical = canonicalIssuer.identifier(for: related) {
            identifier = "_:" + canonical
        } else if let temporary = issuer.identifier(for: related) {
            identifier = "_:" + temporary
        } else {
            identifier = hashFirstDegreeQuads(related)
        }
        var input = position
        if position != "g", case .iri(let predicate) = quad.predicate {
            input += "<" + predicate + ">"
        }
        input += identifier
        return sha256Hex(input)
    }

    private mutating func countWork() throws {
        work += 1
        if work > workLimit { throw CredentialError.canonicalizationLimitExceeded(limit: workLimit) }
    }

    /// Hash N-Degree Quads (§4.8).
    private mutating func hashNDegreeQuads(_ identifier: String, issuer initialIssuer: IdentifierIssuer) throws -> (hash: String, issuer: IdentifierIssuer) {
        try countWork()
        var issuer = initialIssuer
        var relatedHashes: [String: [String]] = [:]
        for quad in blankNodeToQuads[identifier] ?? [] {
            let components: [(RDFTerm?, String)] = [(quad.subject, "s"), (quad.object, "o"), (quad.graph, "g")]
            for (term, position) in components {
                guard let related = term?.blankNodeLabel, related != identifier else { continue }
                let hash = hashRelatedBlankNode(related, quad: quad, issuer: issuer, position: position)
                relatedHashes[hash, default: []].append(related)
            }
        }
        var dataToHash = ""
        for relatedHash in relatedHashes.keys.sortedByCodePoint() {
            guard let blankNodes = relatedHashes[relatedHash] else { continue }
            dataToHash += relatedHash
            var chosenPath = ""
            var chosenIssuer: IdentifierIssuer?
            var permutations = Permutations(blankNodes)
            permutationLoop: while let permutation = permutations.next() {
                try countWork()
                var issuerCopy = issuer
                var path = ""
                var recursionList: [String] = []
                for related in permutation {
                    if let canonical = canonicalIssuer.identifier(for: related) {
                        path += "_:" + canonical
                    } else {
                        if issuerCopy.identifier(for: related) == nil { recursionList.append(related) }
                        path += "_:" + issuerCopy.issue(related)
                    }
                    if !chosenPath.isEmpty, path.utf8.count >= chosenPath.utf8.count, chosenPath.precedesInCodePointOrder(path) {
                        continue permutationLoop
                    }
                }
                for related in recursionList {
                    let result = try hashNDegreeQuads(related, issuer: issuerCopy)
                    path += "_:" + issuerCopy.issue(related)
                    path += "<" + result.hash + ">"
                    issuerCopy = result.issuer
                    if !chosenPath.isEmpty, path.utf8.count >= chosenPath.utf8.count, chosenPath.precedesInCodePointOrder(path) {
                        continue permutationLoop
                    }
                }
                if chosenPath.isEmpty || path.precedesInCodePointOrder(chosenPath) {
                    chosenPath = path
                    chosenIssuer = issuerCopy
                }
            }
            dataToHash += chosenPath
            if let chosenIssuer { issuer = chosenIssuer }
        }
        return (sha256Hex(dataToHash), issuer)
    }

    private func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }
}

/// All orderings of a list, generated lazily in lexicographic order of positions.
private struct Permutations {
    private let items: [String]
    private var indices: [Int]
    private var finished = false

    init(_ items: [String]) {
        self.items = items
        self.indices = Array(items.indices)
    }

    mutating func next() -> [String]? {
        guard !finished else { return nil }
        let current = indices.map { items[$0] }
        // Advance to the next permutation of indices, or finish after the last one.
        var pivot = indices.count - 2
        while pivot >= 0, indices[pivot] >= indices[pivot + 1] { pivot -= 1 }
        if pivot < 0 {
            finished = true
        } else {
            var successor = indices.count - 1
            while indices[successor] <= indices[pivot] { successor -= 1 }
            indices.swapAt(pivot, successor)
            indices[(pivot + 1)...].reverse()
        }
        return current
    }
}

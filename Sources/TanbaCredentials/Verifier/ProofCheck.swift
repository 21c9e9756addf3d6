/// Checks every embedded proof. Only `DataIntegrityProof` with `eddsa-rdfc-2022` is supported; any
/// other proof is reported as unsupported and never counts as verified.
///
/// In a proof set, a credential is authentic when at least one proof verifies and none fails;
/// proofs of unsupported kinds beside a verified one are then reported as warnings.
struct ProofCheck {
    let suite: EdDSARDFC2022
    let keyResolvers: [any KeyResolver]

    private enum Outcome {
        case verified([CheckResult])
        case failed([CheckResult])
        /// `before` holds checks that did pass (a resolved key) before the unsupported step.
        case unsupported(CheckResult, before: [CheckResult] = [])
    }

    func run(_ credential: JSONValue) -> [CheckResult] {
        guard let proofValue = credential["proof"] else {
            return [CheckResult(check: .proof, status: .failed, message: "the credential has no proof (missing); nothing vouches for it")]
        }
        let proofs = proofValue.asArray
        guard !proofs.isEmpty else { return [CheckResult(check: .proof, status: .failed, message: "proof is an empty list (missing)")] }
        let outcomes = proofs.enumerated().map { index, proof in
            check(proof, label: proofs.count > 1 ? "proof \(index + 1) of \(proofs.count)" : "proof", credential: credential)
        }
        let anyVerified = outcomes.contains { if case .verified = $0 { true } else { false } }
        let anyFailed = outcomes.contains { if case .failed = $0 { true } else { false } }
        return outcomes.flatMap { outcome -> [CheckResult] in
            switch outcome {
            case .verified(let results), .failed(let results):
                return results
            case .unsupported(let result, let before):
                guard anyVerified, !anyFailed else { return before + [result] }
                return before + [CheckResult(check: .proof, status: .warning, message: result.message + "; not checked, another proof verified")]
            }
        }
    }

    private func check(_ proof: JSONValue, label: String, credential: JSONValue) -> Outcome {
        func fail(_ check: CheckName, _ message: String, after earlier: [CheckResult] = []) -> Outcome {
            .failed(earlier + [CheckResult(check: check, status: .failed, message: "\(label): \(message)")])
        }
        guard proof.objectValue != nil else { return fail(.proof, "not a JSON object") }
        let type = proof["type"]?.stringValue ?? "(no type)"
        guard type == EdDSARDFC2022.proofType else {
            return .unsupported(CheckResult(check: .proof, status: .unsupported,
                                            message: "\(label): proof type \(type) is not supported (only DataIntegrityProof with eddsa-rdfc-2022)"))
        }
        let cryptosuite = proof["cryptosuite"]?.stringValue ?? "(no cryptosuite)"
        guard cryptosuite == EdDSARDFC2022.cryptosuite else {
            return .unsupported(CheckResult(check: .proof, status: .unsupported,
                                            message: "\(label): cryptosuite \(cryptosuite) is not supported (only eddsa-rdfc-2022)"))
        }
        let purpose = proof["proofPurpose"]?.stringValue ?? "(none)"
        guard purpose == "assertionMethod" else {
            return fail(.proof, "proofPurpose is \(purpose); a credential's proof must be for assertionMethod")
        }
        guard let method = proof["verificationMethod"]?.stringValue else { return fail(.verificationMethod, "verificationMethod is missing") }
        let key: ResolvedKey
        do {
            key = try resolve(method)
        } catch {
            return fail(.verificationMethod, "\(error)")
        }
        var resolved = CheckResult(check: .verificationMethod, status: .passed, message: "\(label): \(method) resolved offline (controller \(key.controller))")
        if key.isSelfAsserted {
            let issuer = credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue ?? "(no issuer id)"
            guard key.controller == issuer else {
                return fail(.verificationMethod, "the key's controller \(key.controller) is not the issuer \(issuer)")
            }
            resolved = CheckResult(check: .verificationMethod, status: .warning, message: "\(label): key read from \(method) itself "
                + "(controller#publicKeyMultibase); the issuer's profile was not fetched, so only the credential says the key is \(issuer)'s")
        }
        do {
            let outcome = try suite.verify(document: credential, proof: proof, publicKey: key.publicKey)
            guard outcome.isVerified else {
                return fail(.proof, "eddsa-rdfc-2022 signature does not match the credential and key", after: [resolved])
            }
            return .verified([resolved, CheckResult(check: .proof, status: .passed, message: "\(label): eddsa-rdfc-2022 signature verified")])
        } catch let CredentialError.unknownContext(url) {
            return .unsupported(CheckResult(check: .proof, status: .unsupported,
                                            message: "\(label): cannot canonicalize: unknown context \(url) (not bundled, never fetched)"),
                                before: [resolved])
        } catch {
            return fail(.proof, "\(error)", after: [resolved])
        }
    }

    private func resolve(_ method: String) throws -> ResolvedKey {
        for resolver in keyResolvers {
            if let key = try resolver.resolveKey(for: method) { return key }
        }
        throw KeyResolutionError.unresolved(method)
    }
}

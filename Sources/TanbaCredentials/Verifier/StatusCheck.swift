import Foundation

/// Checks `credentialStatus` entries of type `BitstringStatusListEntry` against status lists the
/// caller supplies. A list that cannot be had offline leaves the status unknown (a warning).
struct StatusCheck {
    let resolver: any StatusListResolver
    let now: Date

    static let entryType = "BitstringStatusListEntry"

    /// The results, and `.revoked` / `.suspended` when a set bit says so.
    func run(_ credential: JSONValue) -> (results: [CheckResult], revocation: VerificationReport.Status?) {
        guard let status = credential["credentialStatus"] else {
            return ([CheckResult(check: .status, status: .passed, message: "no credentialStatus; nothing to check")], nil)
        }
        var results: [CheckResult] = []
        var revocation: VerificationReport.Status?
        for entry in status.asArray {
            let (result, found) = check(entry)
            results.append(result)
            if found == .revoked || (found == .suspended && revocation == nil) { revocation = found }
        }
        return (results, revocation)
    }

    private func check(_ entry: JSONValue) -> (CheckResult, VerificationReport.Status?) {
        func result(_ status: CheckStatus, _ message: String) -> (CheckResult, VerificationReport.Status?) {
            (CheckResult(check: .status, status: status, message: message), nil)
        }
        let type = entry["type"]?.stringValue ?? "(no type)"
        guard type == Self.entryType else {
            return result(.unsupported, "status type \(type) is not supported (only \(Self.entryType))")
        }
        let purpose = entry["statusPurpose"]?.stringValue ?? "(none)"
        guard purpose == "revocation" || purpose == "suspension" else {
            return result(.warning, "statusPurpose \(purpose) is not checked (only revocation and suspension affect validity)")
        }
        if let size = entry["statusSize"], size != .number(JSONNumber(1)) {
            return result(.unsupported, "statusSize \(SchemaEvaluator.brief(size)) is not supported (only 1)")
        }
        guard let index = Self.index(entry["statusListIndex"]) else {
            return result(.failed, "statusListIndex is missing or not a non-negative integer")
        }
        guard let url = entry["statusListCredential"]?.stringValue else {
            return result(.failed, "statusListCredential is missing")
        }
        let listCredential: JSONValue?
        do {
            listCredential = try resolver.statusListCredential(at: url)
        } catch {
            return result(.warning, "status unknown: the status list \(url) could not be loaded: \(error)")
        }
        guard let listCredential else {
            return result(.warning, "status unknown (not resolvable offline): no status list credential for \(url)")
        }
        let subject = listCredential["credentialSubject"]
        if let listPurpose = subject?["statusPurpose"]?.stringValue, listPurpose != purpose {
            return result(.failed, "the status list \(url) is for \(listPurpose), the entry for \(purpose)")
        }
        if let until = listCredential["validUntil"]?.stringValue, let date = RFC3339.date(from: until), date < now {
            return result(.warning, "status unknown: the status list \(url) expired on \(until)")
        }
        guard let encoded = subject?["encodedList"]?.stringValue else {
            return result(.failed, "the status list \(url) has no credentialSubject.encodedList")
        }
        do {
            let list = try BitstringStatusList(encodedList: encoded)
            guard try list.isSet(index) else {
                return result(.passed, "not \(purpose == "revocation" ? "revoked" : "suspended") (entry \(index) clear in \(url))")
            }
            let found: VerificationReport.Status = purpose == "revocation" ? .revoked : .suspended
            return (CheckResult(check: .status, status: .failed, message: "\(found.rawValue): entry \(index) is set in \(url)"), found)
        } catch {
            return result(.failed, "\(error)")
        }
    }

    /// The spec writes the index as a string of digits; a JSON integer is accepted too.
    static func index(_ value: JSONValue?) -> Int? {
        switch value {
        case .string(let text)?:
            guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
            return Int(text)
        case .number(let number)?:
            return SchemaEvaluator.nonNegativeInteger(.number(number))
        default:
            return nil
        }
    }
}

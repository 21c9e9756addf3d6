import Foundation

/// Whose credential it is, who issued it and for what: what a reader of a verification report
/// needs before the checks. Read from the credential as given, whether or not it verifies.
public struct CredentialSummary: Sendable, Equatable {
    public let holder: String?
    public let issuer: String?
    public let achievement: String?
    /// `validFrom` (or VC 1.1's `issuanceDate`) as written.
    public let issuedOn: String?

    /// The summary of `credential`; nil when it is not a JSON object with any of these.
    public init?(_ credential: Data) {
        guard let document = try? JSONValue(data: credential), document.objectValue != nil else { return nil }
        // A subject or issuer may be one object or, rarely, an array of them.
        func first(_ value: JSONValue?) -> JSONValue? { value?.arrayValue?.first ?? value }
        let subject = first(document["credentialSubject"])
        // An identifier names the holder only when it is not hashed (Open Badges 3.0 IdentityObject).
        let identity = first(subject?["identifier"])
        holder = first(subject?["name"])?.stringValue
            ?? (identity?["hashed"]?.boolValue == false ? identity?["identityHash"]?.stringValue : nil)
        let issuerValue = first(document["issuer"])
        issuer = issuerValue?["name"]?.stringValue ?? issuerValue?.stringValue
        achievement = subject?["achievement"]?["name"]?.stringValue ?? first(document["name"])?.stringValue
        issuedOn = document["validFrom"]?.stringValue ?? document["issuanceDate"]?.stringValue
        if holder == nil, issuer == nil, achievement == nil { return nil }
    }
}

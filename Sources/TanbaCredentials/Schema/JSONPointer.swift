/// RFC 6901 JSON Pointers: building them while walking a document, and resolving them.
enum JSONPointer {
    static func escape(_ token: String) -> String {
        // Schema evaluation escapes a token at every step; nearly none contains '~' or '/', and
        // Foundation's replacingOccurrences copies through NSString even when nothing changes.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func appending(_ token: String, to pointer: String) -> String {
        pointer + "/" + escape(token)
    }

    static func appending(_ index: Int, to pointer: String) -> String {
        pointer + "/" + String(index)
    }

    /// Resolves a pointer such as "/$defs/Profile" against a document; nil if any step is missing.
    static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
        guard !pointer.isEmpty else { return document }
        guard pointer.hasPrefix("/") else { return nil }
        var current = document
        for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = String(rawToken)
            if token.utf8.contains(UInt8(ascii: "~")) {
                token = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

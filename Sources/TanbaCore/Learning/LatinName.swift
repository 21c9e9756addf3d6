import Foundation

/// A person's name in Latin letters, as in their passport («NURLANOVA ALIYA»): letters A-Z,
/// spaces, hyphens and apostrophes, at most 200 characters, printed as given.
public enum LatinName {
    /// Why a Latin name was refused.
    public enum Problem: Error, Equatable {
        case notLatin
        case tooLong
    }

    /// The name with its spaces tidied, nil when empty; throws when it is not a Latin name.
    public static func normalized(_ raw: String) throws -> String? {
        let words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        guard name.count <= 200 else { throw Problem.tooLong }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == " " || scalar == "-" || scalar == "'"
        }
        guard allowed, name.unicodeScalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else {
            throw Problem.notLatin
        }
        return name
    }
}

import Foundation
import Testing
@testable import TanbaCredentials

/// Finds the conformance material by walking up from this source file: the shared
/// `shared/conformance` beside the checkout when there is one, else the repository's verbatim
/// copy in `Tests/Conformance` (a clone on its own).
enum Conformance {
    static let root: URL? = {
        for relative in ["shared/conformance", "Tests/Conformance"] {
            var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            while directory.path != "/" {
                let candidate = directory.appendingPathComponent(relative, isDirectory: true)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    return candidate
                }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }()

    struct MissingFile: Error, CustomStringConvertible {
        let path: String
        var description: String { "conformance file not found: \(path) (no shared/conformance above \(#filePath))" }
    }

    static func url(_ relativePath: String) throws -> URL {
        guard let root else { throw MissingFile(path: relativePath) }
        return root.appendingPathComponent(relativePath)
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    static func json(_ relativePath: String) throws -> JSONValue {
        try JSONValue(data: Data(contentsOf: url(relativePath)))
    }

    static func fixture(_ name: String) throws -> JSONValue {
        try json("openbadges-3.0/validator-fixtures/\(name)")
    }

    /// The official Open Badges 3.0 eddsa-rdfc-2022 test vector.
    struct Vector {
        let raw: JSONValue
        var unsignedCredential: JSONValue { raw["unsignedCredential"] ?? .null }
        var proofOptions: JSONValue { raw["proofOptions"] ?? .null }
        func string(_ key: String) -> String { raw[key]?.stringValue ?? "" }
        func expected(_ key: String) -> String { raw["expected"]?[key]?.stringValue ?? "" }
        func bytes(_ key: String) -> Data { Data(hexString: string(key)) ?? Data() }
    }

    static func vector() throws -> Vector {
        Vector(raw: try json("openbadges-3.0/test-vectors/eddsa-rdfc-2022-ob.json"))
    }
}

/// One way an instance fails a JSON Schema: where in the instance, which keyword, and why.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// JSON Pointer (RFC 6901) to the offending value in the instance; "" is the whole document.
    public let instancePath: String
    /// The keyword that failed, e.g. "required", "enum", "contains".
    public let keyword: String
    /// JSON Pointer fragment to the failing keyword in the schema, e.g. "#/$defs/Profile/properties/type/contains".
    public let schemaPath: String
    public let message: String

    public init(instancePath: String, keyword: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.keyword = keyword
        self.schemaPath = schemaPath
        self.message = message
    }

    public var description: String {
        "\(instancePath.isEmpty ? "/" : instancePath): \(keyword): \(message)"
    }
}

/// Why a schema document cannot be used. An unsupported keyword is an error, never silently ignored:
/// ignoring one would let instances pass that the schema's author meant to reject.
public enum JSONSchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    case unsupportedKeyword(keyword: String, schemaPath: String)
    case unsupportedFormat(format: String, schemaPath: String)
    case unsupportedReference(ref: String, schemaPath: String)
    case unsupportedDialect(String)
    case invalidSchema(detail: String, schemaPath: String)

    public var description: String {
        switch self {
        case .unsupportedKeyword(let keyword, let path): "unsupported JSON Schema keyword \(keyword) at \(path)"
        case .unsupportedFormat(let format, let path): "unsupported JSON Schema format \"\(format)\" at \(path)"
        case .unsupportedReference(let ref, let path): "unsupported $ref \(ref) at \(path) (only local #/... pointers resolve)"
        case .unsupportedDialect(let dialect): "unsupported JSON Schema dialect \(dialect) (only draft 2019-09)"
        case .invalidSchema(let detail, let path): "invalid JSON Schema at \(path): \(detail)"
        }
    }
}

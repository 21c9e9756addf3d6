import Fluent
import Foundation
import TanbaCore

/// A degree program of the institution's catalogue, as last imported.
public final class DegreeProgramModel: Model, @unchecked Sendable {
    public static let schema = "degree_programs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "updated_at") public var updatedAt: Date
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "level") public var level: String

    public init() {}

    public init(_ program: DegreeProgram, at date: Date) {
        code = program.code
        name = program.name
        level = program.level.rawValue
        updatedAt = date
    }

    public var degreeLevel: DegreeLevel {
        get throws { try UnknownStoredValue.decode(level, column: "degree_programs.level") }
    }
}

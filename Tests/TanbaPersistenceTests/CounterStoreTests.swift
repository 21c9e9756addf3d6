import Fluent
import Testing
@testable import TanbaPersistence

@Suite(.serialized) struct CounterStoreTests {
    @Test func countersAreGaplessAndIndependent() async throws {
        try await withDatabase { db in
            var values: [Int] = []
            for _ in 0..<3 { values.append(try await CounterStore.next("a", on: db)) }
            #expect(values == [1, 2, 3])
            #expect(try await CounterStore.next("b", on: db) == 1)
        }
    }

    @Test func aRolledBackTransactionLeavesNoGap() async throws {
        try await withDatabase { db in
            _ = try await CounterStore.next("c", on: db)
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await db.transaction { tx in
                    _ = try await CounterStore.next("c", on: tx)
                    throw Boom()
                }
            }
            #expect(try await CounterStore.next("c", on: db) == 2)
        }
    }
}

@Suite struct DatabaseLocationTests {
    @Test func readsDatabaseURL() throws {
        #expect(try DatabaseLocation.parse("sqlite:///var/lib/tanba.sqlite") == .sqliteFile(path: "/var/lib/tanba.sqlite"))
        #expect(try DatabaseLocation.parse("postgres://u:p@127.0.0.1:5432/tanba") == .postgres(url: "postgres://u:p@127.0.0.1:5432/tanba"))
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation.parse("sqlite://relative.sqlite") }
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation.parse("mysql://x") }
        if case .sqliteFile(let path) = try DatabaseLocation.parse(nil) {
            #expect(path.hasSuffix("/tanba.sqlite"))
        } else {
            Issue.record("default is not a SQLite file")
        }
    }
}

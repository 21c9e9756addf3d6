import Foundation
import Testing
import TanbaDocuments

@Suite("Async rendering")
struct ConcurrencyTests {
    @Test("8 concurrent async renders succeed and give identical text")
    func concurrentRenders() async throws {
        // setup
        let spec = Fixtures.enrollmentOrder()
        // A synchronous closure selects the blocking overload: the baseline comes from the other code path.
        let expected = try Poppler.text(of: { () throws -> Data in try PDFRenderer.render(spec) }())

        // act
        let documents = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 {
                group.addTask { try await PDFRenderer.render(spec) }
            }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }

        // check
        #expect(documents.count == 8)
        for document in documents {
            #expect(try Poppler.text(of: document) == expected)
        }
    }

    @Test("a cancelled task does not start rendering")
    func cancellation() async {
        // setup
        let spec = Fixtures.enrollmentOrder()

        // act
        let task = Task { () async throws -> Data in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await PDFRenderer.render(spec)
        }
        let result = await task.result

        // check
        #expect(throws: CancellationError.self) { try result.get() }
    }
}

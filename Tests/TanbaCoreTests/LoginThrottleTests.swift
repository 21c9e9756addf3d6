import Foundation
import Testing
@testable import TanbaCore

@Suite struct LoginThrottleTests {
    let now = Date(timeIntervalSince1970: 1_788_000_000)
    let throttle = LoginThrottle(accountLimit: 5, clientLimit: 20, window: 15 * 60)

    func minutesAgo(_ minutes: [Double]) -> [Date] { minutes.map { now.addingTimeInterval(-$0 * 60) } }

    @Test func fourWrongPasswordsStillAllowAFifthTry() {
        #expect(throttle.decide(accountFailures: minutesAgo([4, 3, 2, 1]), clientFailures: [], now: now) == .allowed)
    }

    @Test func theFifthFailureBlocksUntilTheOldestLeavesTheWindow() {
        let decision = throttle.decide(accountFailures: minutesAgo([10, 4, 3, 2, 1]), clientFailures: [], now: now)
        #expect(decision == .blocked(retryAt: now.addingTimeInterval(5 * 60), reason: .account))
    }

    @Test func failuresOutsideTheWindowDoNotCount() {
        #expect(throttle.decide(accountFailures: minutesAgo([40, 30, 20, 16, 1]), clientFailures: [], now: now) == .allowed)
    }

    @Test func oneClientTryingManyAccountsIsBlockedToo() {
        let failures = (1...20).map { now.addingTimeInterval(-Double($0) * 30) }
        guard case .blocked(let retryAt, .client) = throttle.decide(accountFailures: [], clientFailures: failures, now: now) else {
            Issue.record("a client with 20 failures in the window is not blocked")
            return
        }
        #expect(retryAt == failures[19].addingTimeInterval(15 * 60))
    }

    @Test func onlyTheFailureThatReachesTheLimitStartsABlock() {
        #expect(throttle.startsBlock(accountFailuresBefore: minutesAgo([4, 3, 2, 1]), now: now))
        #expect(!throttle.startsBlock(accountFailuresBefore: minutesAgo([3, 2, 1]), now: now))
        #expect(!throttle.startsBlock(accountFailuresBefore: minutesAgo([5, 4, 3, 2, 1]), now: now))
    }
}

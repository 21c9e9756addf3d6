import Foundation
import Testing
@testable import TanbaCore

@Suite struct SessionPolicyTests {
    let signedIn = Date(timeIntervalSince1970: 1_788_000_000)

    @Test func staffSessionsEndAfterHalfAnHourIdleOrAWorkingDay() {
        let policy = SessionPolicy.forRole(.registrar)
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn, now: signedIn.addingTimeInterval(29 * 60)) == .active(touch: true))
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn, now: signedIn.addingTimeInterval(30 * 60)) == .expired)
        let busy = signedIn.addingTimeInterval(8 * 3600 - 60)
        #expect(policy.state(createdAt: signedIn, lastSeenAt: busy, now: busy.addingTimeInterval(30)) == .active(touch: false))
        #expect(policy.state(createdAt: signedIn, lastSeenAt: busy, now: busy.addingTimeInterval(61)) == .expired)
    }

    @Test func learnersStayLongerThanStaff() {
        let policy = SessionPolicy.forRole(.learner)
        #expect(policy.idleTimeout > SessionPolicy.staff.idleTimeout)
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn, now: signedIn.addingTimeInterval(90 * 60)) == .active(touch: true))
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn.addingTimeInterval(23 * 3600),
                             now: signedIn.addingTimeInterval(24 * 3600)) == .expired)
    }

    @Test func lastSeenIsWrittenAtMostOnceAMinute() {
        let policy = SessionPolicy.staff
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn, now: signedIn.addingTimeInterval(59)) == .active(touch: false))
        #expect(policy.state(createdAt: signedIn, lastSeenAt: signedIn, now: signedIn.addingTimeInterval(60)) == .active(touch: true))
    }

    @Test func expiryIsTheEarlierOfIdleAndAbsolute() {
        let policy = SessionPolicy.staff
        #expect(policy.expiry(createdAt: signedIn, lastSeenAt: signedIn) == signedIn.addingTimeInterval(30 * 60))
        let late = signedIn.addingTimeInterval(7 * 3600 + 50 * 60)
        #expect(policy.expiry(createdAt: signedIn, lastSeenAt: late) == signedIn.addingTimeInterval(8 * 3600))
    }
}

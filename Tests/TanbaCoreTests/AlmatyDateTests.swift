import Foundation
import Testing
import TanbaCore

@Suite struct AlmatyDateTests {
    /// 2026-11-24 20:30 UTC is already 25 November in Almaty.
    let lateEveningUTC = Date(timeIntervalSince1970: 1_795_552_200)

    @Test func aDayIsTheDayInAlmatyNotInUTC() {
        #expect(AlmatyDate.iso(lateEveningUTC) == "2026-11-25")
        #expect(AlmatyDate.dotted(lateEveningUTC) == "25.11.2026")
        #expect(AlmatyDate.dottedWithTime(lateEveningUTC).hasPrefix("25.11.2026 0"))
    }

    @Test func storedDaysPrintAsFormsPrintThem() {
        #expect(AlmatyDate.dotted(iso: "2026-12-08") == "08.12.2026")
        #expect(AlmatyDate.dotted(iso: "2026-12") == "2026-12")
        #expect(AlmatyDate.dotted(iso: "not-a-date") == "not-a-date")
    }

    @Test func onlyRealDaysParse() throws {
        let day = try #require(AlmatyDate.day(iso: "2026-11-25"))
        #expect(AlmatyDate.iso(day) == "2026-11-25")
        #expect(AlmatyDate.iso(day.addingTimeInterval(86_399)) == "2026-11-25")
        #expect(AlmatyDate.day(iso: "2026-02-30") == nil)
        #expect(AlmatyDate.day(iso: "2026-2-3") == nil)
        #expect(AlmatyDate.day(iso: "25.11.2026") == nil)
    }
}

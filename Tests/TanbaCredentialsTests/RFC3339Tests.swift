import Foundation
import Testing
@testable import TanbaCredentials

@Suite("RFC3339")
struct RFC3339Tests {
    @Test("timestamps with Z, offsets and fractions give the right instant", arguments: [
        ("2010-01-01T00:00:00Z", 1_262_304_000.0),
        ("2022-11-10T07:38:00-08:00", 1_668_094_680.0),
        ("2022-11-10T15:38:00.5+00:00", 1_668_094_680.5),
        ("2024-02-29t12:00:00z", 1_709_208_000.0),
    ])
    func parses(text: String, seconds: Double) {
        // act
        let date = RFC3339.date(from: text)
        // check
        #expect(date == Date(timeIntervalSince1970: seconds))
    }

    @Test("no timezone, impossible dates and other shapes are refused", arguments: [
        "2010-01-01T00:00:00", "2023-02-29T00:00:00Z", "2010-13-01T00:00:00Z", "2010-01-01T24:00:00Z", "2010-01-01", "yesterday",
    ])
    func refuses(text: String) {
        // act / check
        #expect(RFC3339.date(from: text) == nil)
    }

    @Test("full dates, including leap days")
    func fullDates() {
        // act / check
        #expect(RFC3339.isFullDate("2000-02-29"))
        #expect(!RFC3339.isFullDate("1900-02-29"))
        #expect(!RFC3339.isFullDate("2024-04-31"))
    }
}

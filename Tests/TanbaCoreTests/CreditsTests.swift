import Testing
@testable import TanbaCore

@Suite struct CreditsTests {
    @Test func parsesWholeAndDecimalCreditsExactly() {
        #expect(Credits(parsing: "6") == Credits(6))
        #expect(Credits(parsing: "4.8")?.hundredths == 480)
        #expect(Credits(parsing: "4,8")?.hundredths == 480)
        #expect(Credits(parsing: "0.25")?.hundredths == 25)
    }

    @Test(arguments: ["", "abc", "-1", "1.234", "1.", ".5", "1e3", "1,2,3", "9999999"])
    func refusesWhatIsNotACreditCount(_ text: String) {
        #expect(Credits(parsing: text) == nil)
    }

    @Test func sumsWithoutDrift() {
        // setup: ten tenths would be 0.9999999 in floating point
        let tenth = Credits(hundredths: 10)
        // act
        let sum = (0..<10).reduce(Credits.zero) { total, _ in total + tenth }
        // check
        #expect(sum == Credits(1))
        #expect(sum.description == "1")
    }

    @Test func convertsToHoursAtThePolicyRate() {
        #expect(Credits(6).hours(atHoursPerCredit: 30) == 180)
        #expect(Credits(parsing: "4.8")?.hours(atHoursPerCredit: 30) == 144)
        #expect(Credits(parsing: "0.01")?.hours(atHoursPerCredit: 30) == nil)
        #expect(Credits.fromHours(144, hoursPerCredit: 30) == Credits(hundredths: 480))
    }

    @Test func printsTheShortestExactForm() {
        #expect(Credits(hundredths: 480).description == "4.8")
        #expect(Credits(hundredths: 475).description == "4.75")
        #expect(Credits(hundredths: 405).description == "4.05")
        #expect(Credits(13).description == "13")
    }
}

import Testing
@testable import TanbaCore

@Suite struct TextLinesTests {
    @Test func aTextareaSplitsOnAnyLineEnding() {
        #expect(TextLines.items("Научить Java\r\nНаучить ООП\r\n\r\n  Spring  ") == ["Научить Java", "Научить ООП", "Spring"])
        #expect(TextLines.items("one\ntwo\rthree") == ["one", "two", "three"])
        #expect(TextLines.items("  \r\n ").isEmpty)
    }
}

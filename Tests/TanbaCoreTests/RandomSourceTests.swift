import Foundation
import Testing
@testable import TanbaCore

@Suite struct RandomSourceTests {
    @Test func tokensAreBase64URLOfTheSourcesBytes() {
        // 0xFB 0xFF → "+/" in plain base64: a link or cookie must never carry those.
        let source = RandomSource { count in Array(repeating: 0xFB, count: count).enumerated().map { $0.offset.isMultiple(of: 2) ? $0.element : 0xFF } }
        let token = source.token(prefix: "tnb_")
        #expect(token.hasPrefix("tnb_"))
        #expect(token.count == 4 + 43)
        #expect(token.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(token.contains("-") || token.contains("_"))
    }

    @Test func aVerificationTokenTakes128BitsFromTheGivenSource() {
        let zeros = RandomSource { count in [UInt8](repeating: 0, count: count) }
        #expect(VerificationToken.random(from: zeros).value == "AAAAAAAAAAAAAAAAAAAAAA")
        #expect(VerificationToken.random(from: .system) != VerificationToken.random(from: .system))
    }
}

import Foundation
import Testing
@testable import TanbaCore

@Suite struct LogoRulesTests {
    /// The first 24 bytes of a PNG `width` × `height` pixels (signature and IHDR).
    static func pngHeader(width: Int, height: Int) -> [UInt8] {
        let be = { (value: Int) in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height)
    }

    let rules = LogoRules(maximumBytes: 4096, maximumSide: 2000)

    @Test func aPNGAndAPlainSVGAreAccepted() throws {
        #expect(try rules.check(Self.pngHeader(width: 600, height: 200)) == .png)
        let svg = "<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1d4f91\"/></svg>"
        #expect(try rules.check(Array(svg.utf8)) == .svg)
    }

    @Test func anythingElseIsRefusedByContentNotName() {
        #expect(throws: LogoProblem.unsupportedType) { try rules.check(Array("%PDF-1.7".utf8)) }
        #expect(throws: LogoProblem.unsupportedType) { try rules.check([0xFF, 0xD8, 0xFF, 0xE0]) }
        #expect(throws: LogoProblem.unsupportedType) { try rules.check([0x7F, 0x45, 0x4C, 0x46, 0x02]) }
        #expect(throws: LogoProblem.unsupportedType) { try rules.check(Array("<html><svg></svg></html>".utf8)) }
        #expect(throws: LogoProblem.empty) { try rules.check([]) }
    }

    @Test func sizeAndPixelsAreBounded() {
        #expect(throws: LogoProblem.tooLarge(limitBytes: 4096)) { try rules.check(Self.pngHeader(width: 10, height: 10) + Array(repeating: 0, count: 4096)) }
        #expect(throws: LogoProblem.tooManyPixels(maximum: 2000)) { try rules.check(Self.pngHeader(width: 2001, height: 10)) }
    }

    @Test func anSVGThatRunsOrFetchesAnythingIsRefused() {
        let wrap = { (inner: String) in Array("<svg xmlns=\"http://www.w3.org/2000/svg\">\(inner)</svg>".utf8) }
        #expect(throws: LogoProblem.activeContent("script")) { try rules.check(wrap("<script>alert(1)</script>")) }
        #expect(throws: LogoProblem.activeContent("onload=")) { try rules.check(Array("<svg onload=\"alert(1)\"></svg>".utf8)) }
        #expect(throws: LogoProblem.activeContent("foreignobject")) { try rules.check(wrap("<foreignObject><p>x</p></foreignObject>")) }
        #expect(throws: LogoProblem.activeContent("image")) { try rules.check(wrap("<image href=\"https://evil.example/x.png\"/>")) }
        #expect(throws: LogoProblem.activeContent("doctype")) {
            try rules.check(Array("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>".utf8))
        }
    }
}

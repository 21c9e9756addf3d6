import Foundation
import Testing
import TanbaDocuments

@Suite("QR codes")
struct QRCodeTests {
    static let verificationURL = "https://tanba.example.kz/verify/Qx7f3K9mZp2LwR8vN4tY6a"

    @Test("a short text fits version 1 (21 × 21 modules)")
    func versionOne() throws {
        // setup
        let text = "MC-2026-000123"

        // act
        let code = try QRCode(text: text, errorCorrection: .medium)

        // check: 14 bytes fit version 1-M (14-byte capacity in byte mode).
        #expect(code.version == 1)
        #expect(code.size == 21)
        #expect(code.modules.count == 21 * 21)
    }

    @Test("the 54-byte verification URL needs version 4 (33 modules) at level M")
    func verificationURLVersion() throws {
        // setup: version 3-M holds 42 bytes, version 4-M holds 62.
        let text = Self.verificationURL

        // act
        let code = try QRCode(text: text)

        // check
        #expect(text.utf8.count == 54)
        #expect(code.version == 4)
        #expect(code.size == 33)
        #expect(code.sizeWithQuietZone == 41)
    }

    @Test("finder patterns sit in three corners and the quiet zone is light")
    func finderPatternsAndQuietZone() throws {
        // setup
        let code = try QRCode(text: Self.verificationURL)
        let last = code.size - 1

        // act / check: the 7×7 finder's outer ring is dark, its second ring light.
        for (cx, cy) in [(0, 0), (last - 6, 0), (0, last - 6)] {
            #expect(code.isDark(x: cx, y: cy))
            #expect(code.isDark(x: cx + 6, y: cy + 6))
            #expect(!code.isDark(x: cx + 1, y: cy + 1))
            #expect(code.isDark(x: cx + 3, y: cy + 3), "finder centre")
        }
        // Every module within 4 of the symbol is light.
        for offset in 1...QRCode.quietZoneModules {
            for i in -offset...(code.size - 1 + offset) {
                #expect(!code.isDark(x: i, y: -offset))
                #expect(!code.isDark(x: -offset, y: i))
                #expect(!code.isDark(x: i, y: code.size - 1 + offset))
                #expect(!code.isDark(x: code.size - 1 + offset, y: i))
            }
        }
    }

    @Test("outlines fill exactly the dark modules with fewer corners than one rectangle per run",
          arguments: [verificationURL, "https://tanba.example.kz/verify/Әлия?q=Қанатқызы", "MSCE20260001"])
    func outlines(text: String) throws {
        // setup
        let code = try QRCode(text: text)

        // act
        let outlines = code.darkOutlines()

        // check: the winding number at every module's centre is 1 when dark and 0 when light, so
        // both fill rules paint exactly the symbol; each edge is horizontal or vertical and turns.
        for y in 0..<code.size {
            for x in 0..<code.size {
                let winding = outlines.reduce(0) { $0 + Self.winding(of: $1, aroundX: Double(x) + 0.5, y: Double(y) + 0.5) }
                #expect(winding == (code.isDark(x: x, y: y) ? 1 : 0), "module \(x), \(y)")
            }
        }
        for outline in outlines {
            #expect(outline.count >= 4)
            for index in outline.indices {
                let a = outline[index], b = outline[(index + 1) % outline.count], c = outline[(index + 2) % outline.count]
                #expect((a.x == b.x) != (a.y == b.y), "each edge is horizontal or vertical")
                #expect((a.x == b.x) != (b.x == c.x), "no corner lies on a straight edge")
            }
        }
        let runs = (0..<code.size).reduce(0) { count, y in
            count + (0..<code.size).filter { x in code.isDark(x: x, y: y) && !code.isDark(x: x - 1, y: y) }.count
        }
        let corners = outlines.reduce(0) { $0 + $1.count }
        #expect(corners < runs * 4 * 3 / 4)
    }

    /// Winding number of the closed polygon `outline` around the point (x, y).
    private static func winding(of outline: [GridPoint], aroundX x: Double, y: Double) -> Int {
        var winding = 0
        for index in outline.indices {
            let a = outline[index], b = outline[(index + 1) % outline.count]
            guard a.x == b.x, Double(a.x) > x else { continue } // vertical edges right of the point
            let low = Double(min(a.y, b.y)), high = Double(max(a.y, b.y))
            guard low < y, y < high else { continue }
            winding += b.y > a.y ? 1 : -1
        }
        return winding
    }

    @Test("higher error correction needs a bigger symbol")
    func errorCorrectionGrowsSymbol() throws {
        // setup / act
        let medium = try QRCode(text: Self.verificationURL, errorCorrection: .medium)
        let high = try QRCode(text: Self.verificationURL, errorCorrection: .high)

        // check
        #expect(high.size > medium.size)
    }

    @Test("empty, NUL-containing and oversized texts are rejected")
    func invalidInput() throws {
        // setup: version 40-L holds 2953 bytes.
        let tooLong = String(repeating: "x", count: 3000)

        // act / check
        #expect(throws: QRCodeError.emptyText) { try QRCode(text: "") }
        #expect(throws: QRCodeError.containsNullCharacter) { try QRCode(text: "a\u{0}b") }
        #expect(throws: QRCodeError.tooLong(byteCount: 3000)) { try QRCode(text: tooLong, errorCorrection: .low) }
    }

    @Test("a QR block scans back to the exact text with zbar, Cyrillic included")
    func blockRoundTrip() throws {
        // setup
        let text = "https://tanba.example.kz/verify/Әлия?q=Қанатқызы"
        let code = try QRCode(text: text)
        let spec = PDFDocumentSpec(showsPageNumbers: false, blocks: [
            .heading("QR"),
            .qrCode(code, size: 90, caption: text, alignment: .left),
        ])

        // act
        let pdf = try PDFRenderer.render(spec)

        // check
        #expect(try ZBar.decode(pdf: pdf) == [text])
        #expect(try Poppler.text(of: pdf, layout: false).contains(text))
    }
}

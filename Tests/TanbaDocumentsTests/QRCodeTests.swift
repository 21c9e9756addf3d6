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

    @Test("dark runs merge into one rectangle per run and cover exactly the dark modules")
    func mergedRuns() throws {
        // setup
        let code = try QRCode(text: Self.verificationURL)

        // act
        let rects = code.darkRects(origin: CanvasPoint(x: 10, y: 20), moduleSize: 2)

        // check: the area equals the dark-module count, and there is one rect per run (a dark
        // module whose left neighbour is light), far fewer than one per module.
        let darkCount = code.modules.filter { $0 }.count
        let area = rects.reduce(0) { $0 + $1.width * $1.height } / 4
        let runStarts = (0..<code.size).reduce(0) { count, y in
            count + (0..<code.size).filter { x in code.isDark(x: x, y: y) && !code.isDark(x: x - 1, y: y) }.count
        }
        #expect(Int(area.rounded()) == darkCount)
        #expect(rects.count == runStarts)
        #expect(rects.count < darkCount * 2 / 3)
        #expect(rects.allSatisfy { $0.x >= 10 && $0.y >= 20 && $0.maxX <= 10 + 66 && $0.maxY <= 20 + 66 })
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

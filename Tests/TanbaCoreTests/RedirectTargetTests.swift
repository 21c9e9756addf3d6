import Testing
@testable import TanbaCore

@Suite struct RedirectTargetTests {
    @Test func aLocalPathWithItsQueryIsKept() {
        #expect(RedirectTarget.localPath("/programs/AITU-MC-2026-001?tab=history") == "/programs/AITU-MC-2026-001?tab=history")
        #expect(RedirectTarget.localPath("/") == "/")
    }

    @Test(arguments: [
        "/\r\nSet-Cookie: tanba_session=planted", "/ok\nLocation: //evil.example", "/\t/evil.example",
        "//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/", "evil.example", "",
        "/a b", "/\u{7F}", "/\u{85}x", "/\u{2028}x", "/\u{200B}/evil.example",
    ])
    func anythingButALocalPathLeadsHome(raw: String) {
        #expect(RedirectTarget.localPath(raw) == "/")
    }

    @Test func noValueOrATooLongOneLeadsToTheFallback() {
        #expect(RedirectTarget.localPath(nil, fallback: "/workspace") == "/workspace")
        #expect(RedirectTarget.localPath("/" + String(repeating: "a", count: 5000)) == "/")
    }

    @Test func lettersOutsideASCIIArePercentEncoded() {
        #expect(RedirectTarget.localPath("/?q=Қазақ") == "/?q=%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B")
    }
}

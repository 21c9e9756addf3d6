import Foundation
import Testing
@testable import TanbaWeb

@Suite struct AppConfigTests {
    @Test func everySettingIsReadFromTheEnvironmentOnce() throws {
        let config = try AppConfig.fromEnvironment([
            "DATABASE_URL": "sqlite:///tmp/tanba-config-test.sqlite", "TANBA_PUBLIC_URL": "https://tanba.example.kz/",
            "TANBA_UPLOAD_MAX_MB": "25", "LOG_LEVEL": "WARNING",
        ])
        #expect(config.publicURL == "https://tanba.example.kz")
        #expect(config.secureCookies)
        #expect(config.uploadMaxBytes == 25 * 1024 * 1024)
        #expect(config.logLevel == .warning)
        #expect(try AppConfig.fromEnvironment([:]).logLevel == nil)
    }

    @Test func everyBadSettingIsNamedAtOnce() {
        #expect {
            try AppConfig.fromEnvironment(["TANBA_PUBLIC_URL": "tanba", "TANBA_UPLOAD_MAX_MB": "500", "LOG_LEVEL": "loud"])
        } throws: { error in
            let problems = (error as? ConfigError)?.problems ?? []
            return problems.count == 3 && problems.contains { $0.hasPrefix("LOG_LEVEL loud") }
        }
    }
}

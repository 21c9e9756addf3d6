import Foundation

/// The templates, strings, styles and OpenAPI document shipped inside the module.
enum BundledResources {
    /// Foundation on Linux reads a bundle holding a "Resources" folder as a macOS-style bundle,
    /// so `resourceURL` would point one level too deep; `bundleURL` is the folder SwiftPM copied.
    static var directory: URL { Bundle.module.bundleURL.appendingPathComponent("Resources") }

    static func url(_ relativePath: String) -> URL { directory.appendingPathComponent(relativePath) }
}

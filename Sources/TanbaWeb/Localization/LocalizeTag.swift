import Foundation
import Leaf
import LeafKit
import TanbaCore

/// `#t("key")` in templates: the string in the page's language (the context's `lang`) and the
/// institution's wording (`wording`).
struct LocalizeTag: LeafTag {
    let localizer: Localizer

    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let key = ctx.parameters.first?.string else {
            throw LeafError(.unknownError("#t() needs a key"))
        }
        let language = ctx.data["lang"]?.string.flatMap(LanguageCode.init(rawValue:)) ?? Localizer.defaultLanguage
        let wording = ctx.data["wording"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        return .string(localizer.string(key, language, variant: wording))
    }
}

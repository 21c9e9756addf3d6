import Foundation
import TanbaCore
import TanbaDocuments

/// A document the institution issues in its document language: orders, protocols, extracts,
/// records. They share the wording lookup, the heading with the institution's name and the
/// metadata; an order also shares its title block.
protocol InstitutionDocument {
    var institution: InstitutionProfile { get }
    var localizer: Localizer { get }
    var language: LanguageCode { get }
}

extension InstitutionDocument {
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        localizer.string(key, language, arguments)
    }

    /// The institution's full name over a rule, at the top of every page one.
    var institutionHeading: [DocumentBlock] {
        [.paragraph(institution.fullName.text(in: language), alignment: .center, style: .bold), .horizontalRule]
    }

    /// «ПРИКАЗ», its number and date, the city: how every order opens.
    func orderHeading(number: String, date: String) -> [DocumentBlock] {
        institutionHeading + [
            .heading(t("order.pdf.title"), level: 1),
            .paragraph(t("order.pdf.number", ["number": number, "date": date]), alignment: .center),
            .paragraph(institution.city.text(in: language), alignment: .center),
        ]
    }

    func metadata(title: String) -> DocumentMetadata {
        DocumentMetadata(title: title, author: institution.fullName.text(in: language))
    }
}

import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The rector's order on awarding the micro-qualification (004 §5.15) to the learners a closed
/// protocol decided on, in the institution's document language, signed by the rector as set up.
struct AwardOrderDocument {
    let sheet: ProtocolSheet
    let order: AwardOrder
    let localizer: Localizer
    let language: LanguageCode

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        localizer.string(key, language, arguments)
    }

    func spec() -> PDFDocumentSpec {
        let institution = sheet.institution.fullName.text(in: language)
        let qualification = sheet.qualification.text(in: language)
        let awarded = sheet.decisions.filter { $0.decision.awards }.map(\.learnerName).sorted()
        let city = sheet.institution.city.text(in: language)
        return PDFDocumentSpec(
            metadata: DocumentMetadata(title: t("order.pdf.title") + " № " + order.number, author: institution),
            blocks: [
                .paragraph(institution, alignment: .center, style: .bold),
                .horizontalRule,
                .heading(t("order.pdf.title"), level: 1),
                .paragraph(t("order.pdf.number", ["number": order.number, "date": DisplayDate.fromISO(order.date)]), alignment: .center),
                .paragraph(city, alignment: .center),
                .spacer(6),
                .paragraph(t("award_order.subject", ["program": sheet.programTitle]), alignment: .center, style: .bold),
                .spacer(6),
                .paragraph(t("award_order.basis", ["number": sheet.session.protocolNumber,
                                                   "date": DisplayDate.fromISO(sheet.session.sessionDate)]), alignment: .justify),
                .paragraph(t("order.pdf.orders"), style: .bold),
                .paragraph(t("award_order.item1", ["qualification": qualification.isEmpty ? sheet.programTitle : qualification,
                                                   "program": sheet.programTitle, "intake": sheet.intake.title]), alignment: .justify),
                .table(columns: [
                    TableColumn("№", widthFraction: 0.08, alignment: .right),
                    TableColumn(t("order.pdf.column.name"), widthFraction: 0.92),
                ], rows: awarded.enumerated().map { ["\($0.offset + 1)", $0.element] }),
                .paragraph(t("award_order.item2"), alignment: .justify),
                .spacer(18),
                .signatures([SignatureLine(.rector, signatory: sheet.institution.signatory(.rector), localizer: localizer,
                                           language: language)]),
            ])
    }
}

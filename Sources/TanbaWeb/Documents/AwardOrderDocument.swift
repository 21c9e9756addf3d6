import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The rector's order on awarding the micro-qualification (004 §5.15) to the learners a closed
/// protocol decided on, in the institution's document language, signed by the rector as set up.
struct AwardOrderDocument: InstitutionDocument {
    let sheet: ProtocolSheet
    let order: AwardOrder
    let localizer: Localizer
    let language: LanguageCode

    var institution: InstitutionProfile { sheet.institution }

    func spec() -> PDFDocumentSpec {
        let qualification = sheet.qualification.text(in: language)
        let awarded = sheet.decisions.filter { $0.decision.awards }.map(\.learnerName).sorted()
        return PDFDocumentSpec(
            metadata: metadata(title: t("order.pdf.title") + " № " + order.number),
            blocks: orderHeading(number: order.number, date: DisplayDate.fromISO(order.date)) + [
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
                .signatures([SignatureLine(.rector, signatory: institution.signatory(.rector), localizer: localizer,
                                           language: language)]),
            ])
    }
}

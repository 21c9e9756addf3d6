import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The enrollment order («приказ о зачислении», 004 §6.2.5) as a printable document in one language.
struct EnrollmentOrderDocument {
    let institution: String
    /// Signs the order, as set up.
    let rector: Signatory?
    let order: EnrollmentOrderModel
    let intake: IntakeModel
    let programTitle: String
    let programCode: String
    let learners: [(name: String, category: String, contract: String)]
    let localizer: Localizer
    let language: LanguageCode

    func spec() -> PDFDocumentSpec {
        let t = { (key: String, arguments: [String: String]) in localizer.string(key, language, arguments) }
        let dates = ["start": DisplayDate.fromISO(intake.startsOn), "end": DisplayDate.fromISO(intake.endsOn)]
        let rows = learners.enumerated().map { index, learner in
            ["\(index + 1)", learner.name, learner.category, learner.contract]
        }
        return PDFDocumentSpec(
            metadata: DocumentMetadata(title: t("order.pdf.title", [:]) + " № " + order.number, author: institution),
            blocks: [
                .paragraph(institution, alignment: .center, style: .bold),
                .horizontalRule,
                .heading(t("order.pdf.title", [:]), level: 1),
                .paragraph(t("order.pdf.number", ["number": order.number, "date": DisplayDate.fromISO(order.orderDate)]),
                           alignment: .center),
                .spacer(6),
                .paragraph(t("order.pdf.subject", ["program": programTitle]), alignment: .center, style: .bold),
                .spacer(6),
                .paragraph(t("order.pdf.basis", [:]), alignment: .justify),
                .paragraph(t("order.pdf.orders", [:]), style: .bold),
                .paragraph(t("order.pdf.item1", ["program": programTitle, "code": programCode,
                                                 "intake": intake.title].merging(dates) { $1 }), alignment: .justify),
                .table(columns: [
                    TableColumn("№", widthFraction: 0.07, alignment: .right),
                    TableColumn(t("order.pdf.column.name", [:]), widthFraction: 0.45),
                    TableColumn(t("order.pdf.column.category", [:]), widthFraction: 0.28),
                    TableColumn(t("order.pdf.column.contract", [:]), widthFraction: 0.20),
                ], rows: rows),
                .paragraph(t("order.pdf.item2", dates), alignment: .justify),
                .paragraph(t("order.pdf.item3", ["person": order.responsiblePerson]), alignment: .justify),
                .spacer(18),
                .signatures([SignatureLine(.rector, signatory: rector, localizer: localizer, language: language)]),
            ])
    }
}

extension EnrollmentOrderDocument {
    /// The order as stored, in the language it was issued in: each learner with their category and contract,
    /// a grant-funded place named as such instead of a contract number.
    init(sheet: EnrollmentOrderSheet, localizer: Localizer) throws {
        let language = try sheet.order.documentLanguage
        let learners = try sheet.learners.map { learner -> (name: String, category: String, contract: String) in
            let contract = switch ApplicationReview.contractEntry(contractNumber: learner.application.contractNumber,
                                                                  payment: try learner.application.payment) {
            case .grantFunded: localizer.string("payment.grant_funded", language)
            case .number(let number): number
            }
            return (learner.user.fullName,
                    learner.profile.map { localizer.string("category.\($0.category)", language) } ?? "", contract)
        }
        self.init(institution: sheet.institution.text(in: language), rector: sheet.rector, order: sheet.order,
                  intake: sheet.intake, programTitle: sheet.content.title, programCode: sheet.programCode,
                  learners: learners, localizer: localizer, language: language)
    }
}

import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The recognition commission's protocol on a case (004 §7.11) and the secretary's extract from it
/// for the registrar (§7.12), in the institution's document language.
struct RecognitionDocuments: InstitutionDocument {
    let file: RecognitionCaseFile
    let decision: RecognitionDecisionModel
    let institution: InstitutionProfile
    let localizer: Localizer
    let language: LanguageCode

    private var model: RecognitionCaseModel { file.row.model }
    private var members: [RecognitionBodies.Body.Member] { file.commission?.members ?? [] }

    private func member(_ seat: RecognitionSeat) -> RecognitionBodies.Body.Member? {
        members.first { $0.member.seat == seat }
    }

    private var outcome: String {
        t("recognition.outcome.\(decision.outcome)")
    }

    /// Each target discipline with what was recognised of it.
    private func disciplineRows() -> [[String]] {
        let recognises = (try? decision.recognitionOutcome.recognisesCredits) ?? false
        return file.row.disciplines.enumerated().map { index, discipline in
            let conclusion = file.conclusions.first { $0.position == index + 1 }
            let credits = recognises ? "\(conclusion?.credits ?? .zero)" : "0"
            let grade = recognises ? (conclusion?.gradeLetter ?? (conclusion?.gradePassed == true ? t("recognition.grade.passed") : "—")) : "—"
            return ["\(index + 1)", "\(discipline.code) \(discipline.name)", "\(discipline.credits)", credits, grade]
        }
    }

    private var disciplineColumns: [TableColumn] {
        [TableColumn("№", widthFraction: 0.06, alignment: .right), TableColumn(t("recognition.pdf.discipline"), widthFraction: 0.44),
         TableColumn(t("recognition.pdf.discipline_credits"), widthFraction: 0.18, alignment: .right),
         TableColumn(t("recognition.pdf.recognised_credits"), widthFraction: 0.2, alignment: .right),
         TableColumn(t("recognition.pdf.grade"), widthFraction: 0.12, alignment: .center)]
    }

    private var applicantLine: String {
        let source = file.row.source
        return t("recognition.pdf.applicant", ["learner": file.row.learnerName, "number": model.number,
                                               "date": AlmatyDate.dotted(iso: model.filedOn), "issuer": source.issuer,
                                               "title": source.title, "country": source.country])
    }

    func protocolSpec() throws -> PDFDocumentSpec {
        let votes = try decision.memberVotes
        let voting = members.filter(\.member.seat.votes)
        let memberRows = voting.enumerated().map { index, member -> [String] in
            let vote = votes[member.member.userID].map { t("vote.\($0.rawValue)") } ?? t("recognition.pdf.absent")
            return ["\(index + 1)", member.name, t("recognition.seat.\(member.member.seat.rawValue)"), vote]
        }
        var blocks = institutionHeading + [
            .heading(t("recognition.pdf.protocol_title", ["number": decision.protocolNumber]), level: 1),
            .paragraph(t("recognition.pdf.meeting", ["date": AlmatyDate.dotted(iso: decision.meetingDate),
                                                     "city": institution.city.text(in: language)]), alignment: .center),
            .paragraph(t("recognition.pdf.commission_order", ["number": file.commission?.orderNumber ?? "",
                                                              "date": AlmatyDate.dotted(iso: file.commission?.orderDate ?? "")]), alignment: .justify),
            .paragraph(t("recognition.pdf.agenda"), style: .bold),
            .paragraph(applicantLine, alignment: .justify),
            .paragraph(t("recognition.pdf.present"), style: .bold),
            .table(columns: [TableColumn("№", widthFraction: 0.06, alignment: .right), TableColumn(t("recognition.pdf.member"), widthFraction: 0.5),
                             TableColumn(t("recognition.pdf.seat"), widthFraction: 0.2), TableColumn(t("recognition.pdf.vote"), widthFraction: 0.24)],
                   rows: memberRows),
            .paragraph(t("recognition.pdf.heard"), style: .bold),
        ]
        if let group = file.expertGroup {
            blocks.append(.paragraph(t("recognition.pdf.expert_conclusion", ["number": group.orderNumber,
                                                                               "date": AlmatyDate.dotted(iso: group.orderDate)]), alignment: .justify))
        }
        if let interview = file.interview {
            blocks.append(.paragraph(t("recognition.interview.title") + ": " + t("recognition.interview.summary", [
                "date": AlmatyDate.dotted(iso: interview.heldOn), "members": interview.members,
                "result": t(interview.passed ? "recognition.interview.passed" : "recognition.interview.failed")]), alignment: .justify))
        }
        blocks += [
            .table(columns: disciplineColumns, rows: disciplineRows()),
            .paragraph(t("recognition.pdf.voted", ["for": "\(decision.votesFor)", "against": "\(decision.votesAgainst)"]), alignment: .justify),
            .paragraph(t("recognition.pdf.decided", ["outcome": outcome]), style: .bold),
        ]
        if !decision.reasons.isEmpty { blocks.append(.paragraph(t("recognition.pdf.reasons", ["reasons": decision.reasons]), alignment: .justify)) }
        blocks += [.spacer(18), .signatures([
            SignatureLine(role: t("recognition.pdf.chair"), name: member(.chair)?.name ?? ""),
            SignatureLine(role: t("recognition.pdf.secretary"), name: member(.secretary)?.name ?? ""),
        ])]
        return PDFDocumentSpec(metadata: metadata(title: t("recognition.pdf.protocol_title", ["number": decision.protocolNumber])), blocks: blocks)
    }

    func extractSpec() -> PDFDocumentSpec {
        var blocks = institutionHeading + [
            .heading(t("recognition.pdf.extract_title"), level: 1),
            .paragraph(t("recognition.pdf.extract_of", ["number": decision.protocolNumber, "date": AlmatyDate.dotted(iso: decision.meetingDate)]),
                       alignment: .center),
            .paragraph(applicantLine, alignment: .justify),
            .paragraph(t("recognition.pdf.decided", ["outcome": outcome]), style: .bold),
            .table(columns: disciplineColumns, rows: disciplineRows()),
        ]
        if !decision.reasons.isEmpty { blocks.append(.paragraph(t("recognition.pdf.reasons", ["reasons": decision.reasons]), alignment: .justify)) }
        blocks += [.paragraph(t("recognition.pdf.extract_to"), alignment: .justify), .spacer(18),
                   .signatures([SignatureLine(role: t("recognition.pdf.secretary"), name: member(.secretary)?.name ?? "")])]
        return PDFDocumentSpec(metadata: metadata(title: t("recognition.pdf.extract_title") + " " + model.number), blocks: blocks)
    }
}

/// The dean's order on exemption and credit transfer (004 §7.14) for an entered case.
struct ExemptionOrderDocument: InstitutionDocument {
    let file: RecognitionCaseFile
    let entry: RecognitionEntryModel
    let decision: RecognitionDecisionModel
    let institution: InstitutionProfile
    let localizer: Localizer
    let language: LanguageCode

    func spec() throws -> PDFDocumentSpec {
        let model = file.row.model
        let rows = try entry.recognised.enumerated().map { index, discipline in
            ["\(index + 1)", "\(discipline.code) \(discipline.name)", "\(discipline.period)", "\(discipline.credits)",
             (discipline.letter.map { $0 + ", " } ?? "") + t("recognition.exemption.recognised_mark")]
        }
        var blocks: [DocumentBlock] = orderHeading(number: entry.orderNumber, date: AlmatyDate.dotted(iso: entry.orderDate)) + [
            .spacer(6),
            .paragraph(t("recognition.exemption.subject"), alignment: .center, style: .bold),
            .spacer(6),
            .paragraph(t("recognition.exemption.basis", ["number": decision.protocolNumber, "date": AlmatyDate.dotted(iso: decision.meetingDate),
                                                         "application": model.number]), alignment: .justify),
            .paragraph(t("order.pdf.orders"), style: .bold),
            .paragraph(t("recognition.exemption.item1", ["learner": file.row.learnerName,
                                                         "program": model.targetProgramCode + " " + model.targetProgramName,
                                                         "source": file.row.source.issuer + ", «" + file.row.source.title + "»"]), alignment: .justify),
            .table(columns: [TableColumn("№", widthFraction: 0.06, alignment: .right), TableColumn(t("recognition.pdf.discipline"), widthFraction: 0.44),
                             TableColumn(t("catalogue.discipline.period"), widthFraction: 0.14, alignment: .center),
                             TableColumn(t("recognition.pdf.recognised_credits"), widthFraction: 0.16, alignment: .right),
                             TableColumn(t("recognition.pdf.grade"), widthFraction: 0.2)], rows: rows),
        ]
        if let reduction = entry.reduction, let price = entry.pricePerCredit {
            blocks.append(.paragraph(t("recognition.exemption.item2", ["amount": "\(reduction)", "credits": "\(entry.credits)", "price": "\(price)"]),
                                     alignment: .justify))
        }
        blocks += [
            .paragraph(t("recognition.exemption.item3"), alignment: .justify),
            .spacer(18),
            .signatures([SignatureLine(.dean, signatory: institution.signatory(.dean), localizer: localizer, language: language)]),
        ]
        return PDFDocumentSpec(metadata: metadata(title: t("order.pdf.title") + " № " + entry.orderNumber), blocks: blocks)
    }
}

/// The learner's record of transferred credits («справка о перезачтённых дисциплинах»): every
/// discipline recognised for them, with its credits, grade, source and the order it rests on.
struct TransferredCreditsDocument: InstitutionDocument {
    let learnerName: String
    let entries: [(entry: RecognitionEntryModel, caseModel: RecognitionCaseModel)]
    let institution: InstitutionProfile
    let localizer: Localizer
    let language: LanguageCode
    let today: CalendarDay

    func spec() throws -> PDFDocumentSpec {
        var rows: [[String]] = []
        var total = Credits.zero
        for (entry, caseModel) in entries {
            let source = (try? caseModel.recognitionSource).map { $0.issuer + ", «" + $0.title + "»" } ?? ""
            for discipline in try entry.recognised {
                total = total + discipline.credits
                rows.append(["\(rows.count + 1)", "\(discipline.code) \(discipline.name)", "\(discipline.period)", "\(discipline.credits)",
                             (discipline.letter.map { $0 + ", " } ?? "") + t("recognition.exemption.recognised_mark"),
                             source + "; " + t("recognition.record.order", ["number": entry.orderNumber, "date": AlmatyDate.dotted(iso: entry.orderDate)])])
            }
        }
        return PDFDocumentSpec(metadata: metadata(title: t("recognition.record.title") + " — " + learnerName), blocks: institutionHeading + [
            .heading(t("recognition.record.title"), level: 1),
            .paragraph(t("recognition.record.learner", ["learner": learnerName, "date": today.dotted]), alignment: .center),
            .table(columns: [TableColumn("№", widthFraction: 0.05, alignment: .right), TableColumn(t("recognition.pdf.discipline"), widthFraction: 0.3),
                             TableColumn(t("catalogue.discipline.period"), widthFraction: 0.1, alignment: .center),
                             TableColumn(t("recognition.pdf.recognised_credits"), widthFraction: 0.12, alignment: .right),
                             TableColumn(t("recognition.pdf.grade"), widthFraction: 0.15), TableColumn(t("recognition.record.basis"), widthFraction: 0.28)],
                   rows: rows),
            .paragraph(t("recognition.record.total", ["credits": "\(total)"]), style: .bold),
            .spacer(18),
            .signatures([SignatureLine(.registrarHead, signatory: institution.signatory(.registrarHead), localizer: localizer, language: language)]),
        ])
    }
}

import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// A registered program as the forms lay it out (000 App. 2; 004 App. А): title page with the
/// approval sheet, the councils' protocols with their dates, the experts, passport, learning
/// outcomes with their assessment and teaching methods, disciplines, the plan by kind of work,
/// literature, resources and abbreviations. Labels in `language`; the content as written.
struct ProgramDocument: InstitutionDocument {
    let entry: RegistryEntry
    let history: [ApprovalStepModel]
    let institution: InstitutionProfile
    let policy: InstitutionPolicy
    let localizer: Localizer
    let language: LanguageCode

    func spec() -> PDFDocumentSpec {
        let content = entry.content
        var blocks = titlePage(content) + [.pageBreak] + approvalSheet(content) + passport(content)
        blocks += outcomes(content) + description(content) + disciplines(content) + plan(content)
        for (label, text) in [("program.literature", content.literature), ("program.resources", content.resources),
                              ("program.abbreviations", content.abbreviations ?? "")] {
            let items = TextLines.items(text)
            guard !items.isEmpty else { continue }
            blocks.append(.heading(t(label), level: 2, alignment: .left))
            blocks += items.map { .paragraph("— " + $0) }
        }
        return PDFDocumentSpec(
            metadata: DocumentMetadata(title: content.titles.text(in: language), author: institution.fullName.text(in: language),
                                       subject: content.awardedQualification.text(in: language), keywords: entry.program.code ?? ""),
            blocks: blocks)
    }

    /// «СОГЛАСОВАНО» the partner, «УТВЕРЖДАЮ» the rector, then the title, the awarded
    /// micro-qualification and the volume; the city and year at the foot.
    private func titlePage(_ content: ProgramContent) -> [DocumentBlock] {
        let rector = SignatureLine(.rector, signatory: institution.signatory(.rector), localizer: localizer, language: language)
        let registered = entry.program.registeredAt.map(AlmatyDate.dotted) ?? "«___» __________ 20__"
        var blocks: [DocumentBlock] = [
            .paragraph(institution.fullName.text(in: language), alignment: .center, style: .bold),
            .horizontalRule,
            .keyValue([
                (label: t("program_doc.agreed"), value: [t("program_doc.partner_head"), content.passport.partnerOrganisation,
                                                        "____________", "«___» __________ 20__"].filter { !$0.isEmpty }.joined(separator: "\n")),
                (label: t("program_doc.approved"), value: [rector.role, "____________ " + rector.name, registered]
                    .joined(separator: "\n")),
            ]),
            .spacer(36),
            .heading(t(policy.certificateForm == .atyrau ? "program_doc.title.atyrau" : "program_doc.title"), level: 1),
        ]
        let qualification = content.awardedQualification.text(in: language)
        if !qualification.isEmpty {
            blocks.append(.paragraph("«\(qualification)»", alignment: .center, style: .bold, size: 16))
            blocks.append(.paragraph(t("program_doc.qualification_caption"), alignment: .center, style: .italic, size: 9))
        }
        blocks += [
            .spacer(8),
            .keyValue([
                (label: t("program.group"), value: content.passport.groupOfPrograms),
                (label: t("program.code"), value: entry.program.code ?? ""),
                (label: t("program.title"), value: content.titles.text(in: language)),
            ]),
            .paragraph(t("program_doc.volume", ["hours": "\(content.totalHours)", "credits": "\(content.totalCredits)"]),
                       alignment: .center),
            .spacer(48),
            .paragraph([institution.city.text(in: language), entry.program.registeredAt.map { String(Monitoring.year(of: $0)) } ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " "), alignment: .center, style: .bold),
        ]
        return blocks
    }

    /// Who developed the program and every decision on this edition: councils with their protocol
    /// and meeting date (the academic committee's included), experts by name.
    private func approvalSheet(_ content: ProgramContent) -> [DocumentBlock] {
        let steps = history.filter {
            $0.editionID == entry.edition.id
                && ($0.decision == WorkflowDecision.approved.rawValue || $0.decision == WorkflowDecision.registered.rawValue)
        }
        var blocks: [DocumentBlock] = [.paragraph(t("program_doc.developed_by", ["department": content.passport.department]))]
        if let meeting = content.departmentMeeting {
            // 004 App. А: «разработана кафедрой … Протокол № … от …», the head signs under it.
            blocks.append(.paragraph(t("program_doc.department_step", [
                "title": content.titles.text(in: language), "department": content.passport.department,
                "number": meeting.protocolNumber, "date": AlmatyDate.dotted(iso: meeting.meetingDate)])))
            blocks.append(.keyValue([(label: t("program_doc.department_head"), value: "____________ " + meeting.head)]))
        }
        let agreements = content.employerAgreements ?? []
        if !agreements.isEmpty {
            blocks.append(.keyValue(agreements.map { agreement in
                (label: t("program_doc.agreed") + " " + t("program_doc.employer"),
                 value: [[agreement.position, agreement.organisation].filter { !$0.isEmpty }.joined(separator: ", "),
                         "____________ " + agreement.name, AlmatyDate.dotted(iso: agreement.agreedOn)].joined(separator: "\n"))
            }))
        }
        if let authors = content.authors, !authors.isEmpty {
            blocks.append(.heading(t("program.authors"), level: 2, alignment: .left))
            blocks.append(.table(columns: [
                TableColumn("№", widthFraction: 0.06, alignment: .right),
                TableColumn(t("author.name"), widthFraction: 0.28),
                TableColumn(t("author.position"), widthFraction: 0.26),
                TableColumn(t("author.workplace"), widthFraction: 0.26),
                TableColumn(t("program_doc.column.signature"), widthFraction: 0.14),
            ], rows: authors.enumerated().map { ["\($0.offset + 1)", $0.element.name, $0.element.position, $0.element.workplace, ""] },
            fontSize: 10))
        }
        for step in steps {
            guard let stage = step.stage.flatMap(ApprovalStage.init(rawValue:)) else { continue }
            let day = step.meetingDate.map(AlmatyDate.dotted(iso:)) ?? AlmatyDate.dotted(step.decidedAt)
            if stage == .facultyCouncil {
                // 004 App. А: «Декан факультета ФИО, Протокол № … от …».
                blocks.append(.paragraph(t("program_doc.dean_step", ["name": institution.signatory(.dean)?.name ?? step.actorName,
                                                                     "date": day, "number": step.documentNumber])))
            } else if stage == .rectorOrder {
                blocks.append(.paragraph(t("program_doc.order_step", ["date": day, "number": step.documentNumber])))
            } else if stage.requiresDocumentNumber {
                blocks.append(.paragraph(t("program_doc.council_step", ["stage": t("stage.\(stage.rawValue)"), "date": day,
                                                                        "number": step.documentNumber])))
            } else if !step.documentNumber.isEmpty {
                // The academic committee recommended it by a numbered protocol (000 App. 2).
                blocks.append(.paragraph(t("program_doc.committee_step", ["date": day, "number": step.documentNumber,
                                                                          "name": step.actorName])))
            } else {
                blocks.append(.paragraph(t("program_doc.expert_step", ["stage": t("stage.\(stage.rawValue)"), "date": day,
                                                                       "name": step.actorName])))
            }
        }
        let experts = steps.filter { step in
            step.stage.flatMap(ApprovalStage.init(rawValue:)).map { !$0.requiresDocumentNumber } ?? false
        }
        if !experts.isEmpty {
            blocks.append(.heading(t("program_doc.experts"), level: 2, alignment: .left))
            blocks.append(.table(columns: [
                TableColumn("№", widthFraction: 0.06, alignment: .right),
                TableColumn(t("program_doc.column.name"), widthFraction: 0.26),
                TableColumn(t("program_doc.column.post"), widthFraction: 0.36),
                TableColumn(t("program_doc.column.expertise"), widthFraction: 0.18),
                TableColumn(t("program_doc.column.signature"), widthFraction: 0.14),
            ], rows: experts.enumerated().map { index, step in
                ["\(index + 1)", step.actorName, [step.actorPosition, step.actorWorkplace].compactMap { $0 }.joined(separator: ", "),
                 step.stage.map { t("stage.\($0)") } ?? "", ""]
            }, fontSize: 10))
        }
        return blocks
    }

    private func passport(_ content: ProgramContent) -> [DocumentBlock] {
        let passport = content.passport
        let rows: [(String, String)] = [
            ("program.qualification", content.awardedQualification.text(in: language)),
            ("program.field", passport.fieldOfEducation), ("program.direction", passport.directionOfTraining ?? ""),
            ("program.group", passport.groupOfPrograms), ("program.licence", passport.licenceNumber ?? ""),
            ("program.credits", "\(content.totalCredits) (\(content.totalHours) \(t("program.hours_short")))"),
            ("program.code", entry.program.code ?? ""),
            ("program.registered_on", entry.program.registeredAt.map(AlmatyDate.dotted) ?? ""),
            ("program.language", passport.languages.map { t("language.\($0.rawValue)") }.joined(separator: ", ")),
            ("program.partner", passport.partnerOrganisation),
            ("program.study_form", t("study_form.\(passport.studyForm.rawValue)")),
            ("program.nqf_level", "\(passport.nqfLevel)"),
            ("program.sector_level", passport.sectorFrameworkLevel.map { "\($0)" } ?? "—"),
            ("program.eqf_level", "\(passport.eqfLevel)"),
            ("program.standard", passport.professionalStandard),
            ("program.teacher_contacts", TextLines.items(content.teacherContacts ?? "").joined(separator: "; ")),
        ]
        return [.heading(t("program.passport"), level: 2, alignment: .left),
                .keyValue(rows.filter { !$0.1.isEmpty }.map { (label: t($0.0), value: $0.1) })]
    }

    /// The outcomes, then the matrix of each outcome's assessment and teaching method (004 App. А).
    private func outcomes(_ content: ProgramContent) -> [DocumentBlock] {
        [
            .heading(t("program.outcomes"), level: 2, alignment: .left),
            .table(columns: [
                TableColumn("№", widthFraction: 0.08),
                TableColumn(t("outcome.text"), widthFraction: 0.40),
                TableColumn(t("outcome.assessment"), widthFraction: 0.26),
                TableColumn(t("outcome.teaching"), widthFraction: 0.26),
            ], rows: content.learningOutcomes.map { [$0.code, $0.text, localizer.assessmentForm($0.assessmentMethod, language), $0.teachingMethod] }),
        ]
    }

    private func description(_ content: ProgramContent) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(t("program_doc.description"), level: 2, alignment: .left)]
        let parts: [(String, String)] = [("program.goal", content.goal), ("program.tasks", TextLines.items(content.tasks).joined(separator: "; ")),
                                         ("program.justification", content.justification ?? ""), ("program.description", content.description),
                                         ("program.prerequisites", content.prerequisites)]
        for (index, part) in parts.filter({ !$0.1.isEmpty }).enumerated() {
            blocks.append(.paragraph("\(index + 1). \(t(part.0)): \(part.1)", alignment: .justify))
        }
        return blocks
    }

    private func disciplines(_ content: ProgramContent) -> [DocumentBlock] {
        [
            .heading(t("program.disciplines"), level: 2, alignment: .left),
            .table(columns: [
                TableColumn("№", widthFraction: 0.06, alignment: .right),
                TableColumn(t("discipline.name"), widthFraction: 0.24),
                TableColumn(t("discipline.description"), widthFraction: 0.38),
                TableColumn(t("program.credits"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("program.hours_short"), widthFraction: 0.09, alignment: .center),
                TableColumn(t("discipline.competences"), widthFraction: 0.13),
            ], rows: content.disciplines.enumerated().map { index, discipline in
                ["\(index + 1)", discipline.name, discipline.description, "\(discipline.credits)", "\(discipline.hours.total)",
                 discipline.competenceCodes.joined(separator: ", ")]
            }),
        ]
    }

    /// 004 App. А «План реализации программы»: hours by kind of work, with the totals.
    private func plan(_ content: ProgramContent) -> [DocumentBlock] {
        let total = content.disciplines.map(\.hours).reduce(.zero, +)
        let row = { (number: String, name: String, hours: HoursSplit) in
            [number, name, "\(hours.lecture)", "\(hours.seminar)", "\(hours.training)", "\(hours.other)", "\(hours.independent)", "\(hours.total)"]
        }
        var blocks: [DocumentBlock] = [
            .heading(t("program_doc.plan"), level: 2, alignment: .left),
            .table(columns: [
                TableColumn("№", widthFraction: 0.06, alignment: .right),
                TableColumn(t("discipline.name"), widthFraction: 0.34),
                TableColumn(t("hours.lecture"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("hours.seminar"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("hours.training"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("hours.other"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("hours.independent"), widthFraction: 0.10, alignment: .center),
                TableColumn(t("hours.total"), widthFraction: 0.10, alignment: .center),
            ], rows: content.disciplines.enumerated().map { row("\($0.offset + 1)", $0.element.name, $0.element.hours) }
                + [row("", t("program_doc.total"), total)], fontSize: 9.5),
        ]
        // The plan by topic (004 App. А): each topic's hours by kind of work where the developer split
        // them, else its total, and the assignment.
        let topics = content.disciplines.enumerated().flatMap { index, discipline in
            (discipline.topics ?? []).enumerated().map { topicIndex, topic in (number: "\(index + 1).\(topicIndex + 1)", topic: topic) }
        }
        if !topics.isEmpty {
            blocks.append(.heading(t("program_doc.topics"), level: 3, alignment: .left))
            if topics.contains(where: { $0.topic.split != nil }) {
                let hours = { (split: HoursSplit?) in
                    split.map { ["\($0.lecture)", "\($0.seminar)", "\($0.training)", "\($0.other)", "\($0.independent)"] }
                        ?? ["", "", "", "", ""]
                }
                blocks.append(.table(columns: [
                    TableColumn("№", widthFraction: 0.07),
                    TableColumn(t("program_doc.column.topic"), widthFraction: 0.27),
                    TableColumn(t("hours.short.lecture"), widthFraction: 0.07, alignment: .center),
                    TableColumn(t("hours.short.seminar"), widthFraction: 0.07, alignment: .center),
                    TableColumn(t("hours.short.training"), widthFraction: 0.07, alignment: .center),
                    TableColumn(t("hours.short.other"), widthFraction: 0.07, alignment: .center),
                    TableColumn(t("hours.short.independent"), widthFraction: 0.07, alignment: .center),
                    TableColumn(t("hours.short.total"), widthFraction: 0.08, alignment: .center),
                    TableColumn(t("program_doc.column.assignment"), widthFraction: 0.23),
                ], rows: topics.map { [$0.number, $0.topic.title] + hours($0.topic.split) + ["\($0.topic.hours)", $0.topic.assignment] }
                    + [["", t("program_doc.total")] + hours(topics.map { $0.topic.split ?? .zero }.reduce(.zero, +))
                        + ["\(topics.reduce(0) { $0 + $1.topic.hours })", ""]],
                fontSize: 8.5))
            } else {
                blocks.append(.table(columns: [
                    TableColumn("№", widthFraction: 0.08),
                    TableColumn(t("program_doc.column.topic"), widthFraction: 0.44),
                    TableColumn(t("program.hours_short"), widthFraction: 0.10, alignment: .center),
                    TableColumn(t("program_doc.column.assignment"), widthFraction: 0.38),
                ], rows: topics.map { [$0.number, $0.topic.title, "\($0.topic.hours)", $0.topic.assignment] }, fontSize: 9.5))
            }
        }
        return blocks
    }
}

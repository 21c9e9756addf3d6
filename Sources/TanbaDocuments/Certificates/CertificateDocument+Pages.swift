/// The flowing pages after a certificate's first page.
extension CertificateDocument {
    /// AITU: «Приложение к свидетельству № …» with the table of courses, topics and hours.
    static func appendixPage(_ content: CertificateContent) -> [DocumentBlock] {
        guard !content.courses.isEmpty else { return outcomesPage(content) }
        let labels = content.labels
        let columns = [
            TableColumn(labels.courseNumberHeader, widthFraction: 0.06, alignment: .center),
            TableColumn(labels.courseHeader, widthFraction: 0.32),
            TableColumn(labels.topicsHeader, widthFraction: 0.50),
            TableColumn(labels.hoursHeader, widthFraction: 0.12, alignment: .center),
        ]
        var rows = content.courses.enumerated().map { index, course in
            [String(index + 1), course.title, course.topics, course.hours]
        }
        if let total = content.coursesTotalHours {
            rows.append(["", labels.totalLabel, "", total])
        }
        var blocks = continuationHeader(content, title: "\(labels.appendixTitle) \(content.numberLine)")
        blocks.append(.table(columns: columns, rows: rows, fontSize: 10))
        blocks += outcomeList(title: labels.learningOutcomesTitle, outcomes: content.learningOutcomes)
        blocks += closing(content)
        return blocks
    }

    /// ECTS regulation: programme details (credits, level, form, language, assessment, grade)
    /// and the learning outcomes.
    static func detailsPage(_ content: CertificateContent) -> [DocumentBlock] {
        let details = [content.hoursCreditsLine, content.levelLine, content.studyFormLine, content.languageLine, content.assessmentLine, content.gradeLine]
            .compactMap { $0 }
            .filter { !$0.isEmpty }
        var blocks = continuationHeader(content, title: content.labels.detailsTitle)
        blocks += details.map { DocumentBlock.paragraph($0) }
        blocks += outcomeList(title: content.labels.learningOutcomesTitle, outcomes: content.learningOutcomes)
        blocks += closing(content)
        return blocks
    }

    /// Learning outcomes on their own page, when there are any.
    static func outcomesPage(_ content: CertificateContent) -> [DocumentBlock] {
        guard !content.learningOutcomes.isEmpty else { return [] }
        return continuationHeader(content, title: content.labels.learningOutcomesTitle)
            + content.learningOutcomes.enumerated().map { DocumentBlock.paragraph("\($0.offset + 1). \($0.element)", alignment: .justify) }
            + closing(content)
    }

    /// Learning outcomes in both languages, primary first.
    static func bilingualOutcomesPage(_ content: CertificateContent) -> [DocumentBlock] {
        guard let second = content.secondLanguage else { return outcomesPage(content) }
        let translations = [second] + (content.thirdLanguage.map { [$0] } ?? [])
        guard !content.learningOutcomes.isEmpty || translations.contains(where: { !$0.learningOutcomes.isEmpty }) else { return [] }
        let title = ([content.labels.learningOutcomesTitle] + translations.map(\.learningOutcomesTitle)).joined(separator: " / ")
        return continuationHeader(content, title: title)
            + outcomeList(title: nil, outcomes: content.learningOutcomes)
            + translations.flatMap { [.spacer(6), .horizontalRule] + outcomeList(title: nil, outcomes: $0.learningOutcomes) }
            + closing(content)
    }

    /// Page break, institution, page title and the learner it belongs to, so a detached sheet
    /// still identifies its certificate.
    private static func continuationHeader(_ content: CertificateContent, title: String) -> [DocumentBlock] {
        [
            .pageBreak,
            .paragraph(content.institutionName, alignment: .center, style: .bold, size: CertificateStyle.institutionSize),
            CertificateStyle.ornament(),
            .heading(title, level: 2),
            .paragraph("\(content.learnerName) · \(content.numberLine)", alignment: .center, style: .italic),
            .paragraph(content.programTitle, alignment: .center, style: .bold),
            .spacer(4),
        ]
    }

    private static func outcomeList(title: String?, outcomes: [String]) -> [DocumentBlock] {
        guard !outcomes.isEmpty else { return [] }
        var blocks: [DocumentBlock] = []
        if let title { blocks.append(.heading(title, level: 3, alignment: .left)) }
        blocks += outcomes.enumerated().map { DocumentBlock.paragraph("\($0.offset + 1). \($0.element)", alignment: .justify) }
        return blocks
    }

    /// Credential note, place and date, and the signatures again: each sheet is signed.
    private static func closing(_ content: CertificateContent) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        if let note = content.credentialNote, !note.isEmpty {
            blocks.append(.spacer(4))
            blocks.append(.paragraph(note, alignment: .left, style: .italic, size: 9))
        }
        blocks.append(.spacer(6))
        blocks.append(.paragraph(content.issueLine))
        blocks.append(.signatures(content.signatories))
        return blocks
    }
}

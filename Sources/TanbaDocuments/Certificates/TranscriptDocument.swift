/// Builds the ``PDFDocumentSpec`` of a transcript (form 004, Appendix В): header, the table of
/// disciplines with a total row, credits, hours and GPA, then place, date and signatures.
///
/// A4 landscape, because eight columns with topic descriptions do not fit a portrait page
/// legibly; the table breaks between rows and repeats its header on every page.
public enum TranscriptDocument {
    /// The spec for `content`.
    public static func makeSpec(_ content: TranscriptContent, fontFamily: FontFamily = .notoSerif) -> PDFDocumentSpec {
        let labels = content.labels
        let widths = [0.04, 0.21, 0.31, 0.08, 0.07, 0.07, 0.11, 0.11]
        let alignments: [TextAlignment] = [.center, .left, .left, .center, .center, .center, .center, .center]
        let columns = widths.indices.map { index in
            TableColumn(index < labels.columns.count ? labels.columns[index] : "", widthFraction: widths[index], alignment: alignments[index])
        }
        var rows = content.disciplines.enumerated().map { index, discipline in
            [String(index + 1), discipline.title, discipline.topics, discipline.credits, discipline.hours,
             discipline.points, discipline.letterGrade, discipline.gradePoints]
        }
        rows.append(["", labels.total, "", content.creditsEarned, content.totalHours, "", "", content.gpa])

        var blocks = FormBlocks.institutionHeader(content.institutionName, secondary: content.institutionNameSecondary, logo: content.logo)
        blocks.append(.heading(content.documentTitle, level: 1))
        if let subtitle = content.documentSubtitle, !subtitle.isEmpty {
            blocks.append(.paragraph(subtitle, alignment: .center, style: .bold))
        }
        blocks.append(.paragraph("\(labels.numberSign) \(content.documentNumber)", alignment: .center))
        blocks.append(.spacer(4))
        blocks.append(.keyValue([
            (label: labels.learner, value: content.learnerName),
            (label: labels.program, value: content.programTitle),
            (label: labels.period, value: content.datesLine),
        ]))
        blocks.append(.table(columns: columns, rows: rows, fontSize: 9.5))
        blocks.append(.keyValue([
            (label: labels.creditsEarned, value: content.creditsEarned),
            (label: labels.totalHours, value: content.totalHours),
            (label: labels.gpa, value: content.gpa),
        ]))
        if let orders = content.ordersLine, !orders.isEmpty {
            blocks.append(.paragraph(orders, size: 10))
        }
        if let note = content.gradingNote, !note.isEmpty {
            blocks.append(.paragraph(note, style: .italic, size: 8.5))
        }
        blocks.append(.spacer(8))
        blocks.append(FormBlocks.splitLine(left: content.issueCity, right: content.issueDate, fontSize: 11))
        blocks.append(.signatures(content.signatories))

        return PDFDocumentSpec(
            pageSize: .a4Landscape,
            margins: .millimeters(top: 15, left: 20, bottom: 12, right: 15),
            fontFamily: fontFamily,
            baseFontSize: 11,
            blockSpacing: 6,
            showsPageNumbers: true,
            metadata: DocumentMetadata(
                title: "\(content.documentTitle) \(labels.numberSign) \(content.documentNumber)",
                author: content.institutionName,
                subject: content.learnerName,
                keywords: content.documentNumber
            ),
            blocks: blocks
        )
    }
}

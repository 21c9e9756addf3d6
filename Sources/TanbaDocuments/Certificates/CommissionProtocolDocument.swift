/// Builds the ``PDFDocumentSpec`` of a qualification commission's protocol: title and number,
/// place and date, the order forming the commission, members with attendance, agenda, a table
/// of votes and decisions per learner, and the chair's and secretary's signatures.
///
/// A4 portrait with office margins, like the institution's other internal paperwork.
public enum CommissionProtocolDocument {
    /// The spec for `content`.
    public static func makeSpec(_ content: CommissionProtocolContent, fontFamily: FontFamily = .notoSerif) -> PDFDocumentSpec {
        let labels = content.labels
        var blocks = FormBlocks.institutionHeader(content.institutionName, secondary: nil)
        blocks.append(.heading("\(content.documentTitle) \(labels.numberSign) \(content.protocolNumber)", level: 1))
        blocks.append(.paragraph(content.subject, alignment: .center, style: .bold))
        blocks.append(.spacer(4))
        blocks.append(FormBlocks.splitLine(left: content.city, right: content.date, fontSize: 12))
        blocks.append(.spacer(4))
        blocks.append(.paragraph(content.orderLine, alignment: .justify))

        blocks.append(.heading(labels.membersTitle, level: 3, alignment: .left))
        blocks.append(.table(
            columns: columns(labels.memberColumns, widths: [0.05, 0.33, 0.29, 0.17, 0.16], alignments: [.center, .left, .left, .left, .center]),
            rows: content.members.enumerated().map { index, member in
                [String(index + 1), member.name, member.position, labels.title(of: member.role), member.isPresent ? labels.present : labels.absent]
            },
            fontSize: 9.5
        ))
        if let quorum = content.quorumLine, !quorum.isEmpty {
            blocks.append(.paragraph(quorum))
        }

        if !content.agenda.isEmpty {
            blocks.append(.heading(labels.agendaTitle, level: 3, alignment: .left))
            blocks += content.agenda.enumerated().map { DocumentBlock.paragraph("\($0.offset + 1). \($0.element)", alignment: .justify) }
        }

        blocks.append(.heading(labels.decisionsTitle, level: 3, alignment: .left))
        blocks.append(.table(
            columns: columns(labels.decisionColumns, widths: [0.05, 0.20, 0.23, 0.07, 0.10, 0.09, 0.26], alignments: [.center, .left, .left, .center, .center, .center, .left]),
            rows: content.decisions.enumerated().map { index, decision in
                [String(index + 1), decision.learnerName, decision.programTitle,
                 String(decision.votesFor), String(decision.votesAgainst), String(decision.abstained), decision.decision]
            },
            fontSize: 9
        ))

        // The chair and the secretary sign; the first member holding each role is the signatory.
        var signatures: [SignatureLine] = []
        if let chair = content.members.first(where: { $0.role == .chair }) {
            signatures.append(SignatureLine(role: labels.chairSignature, name: chair.signatureName))
        }
        if let secretary = content.members.first(where: { $0.role == .secretary }) {
            signatures.append(SignatureLine(role: labels.secretarySignature, name: secretary.signatureName))
        }
        blocks.append(.spacer(6))
        blocks.append(.signatures(signatures))

        return PDFDocumentSpec(
            pageSize: .a4Portrait,
            margins: .official,
            fontFamily: fontFamily,
            baseFontSize: 12,
            blockSpacing: 6,
            showsPageNumbers: true,
            metadata: DocumentMetadata(
                title: "\(content.documentTitle) \(labels.numberSign) \(content.protocolNumber)",
                author: content.institutionName,
                subject: content.subject
            ),
            blocks: blocks
        )
    }

    private static func columns(_ titles: [String], widths: [Double], alignments: [TextAlignment]) -> [TableColumn] {
        widths.indices.map { index in
            TableColumn(index < titles.count ? titles[index] : "", widthFraction: widths[index], alignment: alignments[index])
        }
    }
}

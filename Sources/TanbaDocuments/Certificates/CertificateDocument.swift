/// Builds the ``PDFDocumentSpec`` of a micro-credential certificate in one of the
/// ``CertificateLayout`` forms.
///
/// Page 1 is a fixed A4-landscape form inside a double border: institution header, the text area
/// (title, number, learner, programme) centred in the space left, and a footer band pinned to the
/// bottom with signatures and the verification QR code. Further pages (appendix, learning
/// outcomes) are ordinary flowing blocks, so long lists paginate.
public enum CertificateDocument {
    /// The QR code printed on a certificate for `url`.
    public static func verificationCode(for url: String) throws -> QRCode {
        try QRCode(text: url, errorCorrection: .medium)
    }

    /// The spec for `content` printed as `layout`.
    ///
    /// - Parameter code: The verification URL's QR code if the caller has encoded it already
    ///   (it must encode `content.verificationURL`); encoded here otherwise.
    /// - Throws: ``QRCodeError`` when the verification URL cannot be encoded (empty or too long),
    ///   or when `code` encodes something else.
    public static func makeSpec(
        _ content: CertificateContent,
        layout: CertificateLayout,
        fontFamily: FontFamily = .notoSerif,
        code: QRCode? = nil
    ) throws -> PDFDocumentSpec {
        let code = try code ?? verificationCode(for: content.verificationURL)
        guard code.text == content.verificationURL else { throw QRCodeError.mismatchedText }
        let blocks: [DocumentBlock]
        switch layout {
        case .atyrau:
            blocks = firstPage(content, code: code, rows: singleLanguageRows(content, details: [content.gradeLine]))
        case .aitu:
            blocks = firstPage(content, code: code, rows: singleLanguageRows(content, details: [content.levelLine, content.gradeLine]))
                + appendixPage(content)
        case .ects:
            blocks = firstPage(content, code: code, rows: singleLanguageRows(content, details: [content.levelLine, content.assessmentLine, content.gradeLine]))
                + detailsPage(content)
        case .skma:
            blocks = firstPage(content, code: code, rows: skmaRows(content), qrSize: CertificateStyle.largeQRSize)
                + outcomesPage(content)
        case .bilingual:
            blocks = firstPage(content, code: code, rows: bilingualRows(content), divider: CertificateStyle.accent)
                + bilingualOutcomesPage(content)
        }
        return PDFDocumentSpec(
            pageSize: CertificateStyle.pageSize,
            margins: CertificateStyle.margins,
            fontFamily: fontFamily,
            baseFontSize: CertificateStyle.baseSize,
            blockSpacing: CertificateStyle.blockSpacing,
            showsPageNumbers: false,
            metadata: DocumentMetadata(
                title: [content.documentTitle, content.numberLine].joined(separator: " "),
                author: content.institutionName,
                subject: content.programTitle,
                keywords: content.registrationNumber
            ),
            blocks: blocks,
            pageDecoration: CertificateStyle.border
        )
    }

    // MARK: - Page 1

    /// Header, text area and footer, sized so that together they fill exactly one page.
    private static func firstPage(
        _ content: CertificateContent,
        code: QRCode,
        rows: [CertificateTextRow],
        qrSize: Double = CertificateStyle.qrSize,
        divider: DocumentColor? = nil
    ) -> [DocumentBlock] {
        let width = CertificateStyle.contentWidth
        var headerItems = [CanvasTextItem(text: content.institutionName, fontSize: CertificateStyle.institutionSize, style: .bold)]
        for other in [content.institutionNameSecondary, content.institutionNameThird].compactMap({ $0 }) where !other.isEmpty {
            headerItems.append(CanvasTextItem(text: other, fontSize: CertificateStyle.institutionSecondarySize, style: .italic, spaceBefore: 2))
        }
        let logoSpace = content.logo == nil ? 0 : CertificateStyle.logoHeight + 2
        let headerHeight = headerItems.estimatedHeight(width: width) + logoSpace
        let headerRows = headerItems.map(CertificateTextRow.full)
        let logo = content.logo
        let header = DocumentBlock.custom(height: headerHeight) { canvas, rect in
            if let logo {
                canvas.drawImage(logo, in: CanvasRect(x: rect.x, y: rect.y, width: rect.width, height: CertificateStyle.logoHeight))
            }
            canvas.drawRows(headerRows, in: CanvasRect(x: rect.x, y: rect.y + logoSpace, width: rect.width, height: rect.height - logoSpace))
        }
        var captions = [content.verificationCaption]
        if let second = content.secondLanguage?.verificationCaption { captions.append(second) }
        if let third = content.thirdLanguage?.verificationCaption { captions.append(third) }
        let footer = CertificateFooter.block(
            signatories: content.signatories,
            issueLine: content.issueLine,
            sealPlace: content.labels.sealPlace,
            code: code,
            qrSize: qrSize,
            caption: captions.filter { !$0.isEmpty }.joined(separator: "\n")
        )
        let noteItems = content.credentialNote.flatMap { $0.isEmpty ? nil : [CanvasTextItem(text: $0, fontSize: CertificateStyle.noteSize, style: .italic)] } ?? []
        let noteHeight = noteItems.isEmpty ? 0 : noteItems.estimatedHeight(width: width)

        // Five blocks (four gaps) without a note, six with one; the text area takes what is left.
        let blockCount = noteItems.isEmpty ? 4.0 : 5.0
        let used = headerHeight + CertificateStyle.ornamentHeight + footer.height + noteHeight
            + CertificateStyle.blockSpacing * (blockCount - 1)
        // A little slack so rounding in the paginator never pushes the footer to page 2.
        let bodyHeight = max(40, CertificateStyle.contentHeight - used - 1)
        let body = DocumentBlock.custom(height: bodyHeight) { canvas, rect in
            canvas.drawRows(rows, in: rect, divider: divider)
        }
        var blocks = [header, CertificateStyle.ornament(), body, footer.block]
        if !noteItems.isEmpty {
            blocks.append(.custom(height: noteHeight) { canvas, rect in
                canvas.drawRows(noteItems.map(CertificateTextRow.full), in: rect)
            })
        }
        return blocks
    }

    /// Title, number, learner and programme in one language, then the layout's extra lines.
    private static func singleLanguageRows(_ content: CertificateContent, details: [String?]) -> [CertificateTextRow] {
        var items = titleItems(title: content.documentTitle, subtitle: content.documentSubtitle)
        items.append(CanvasTextItem(text: content.numberLine, fontSize: CertificateStyle.numberSize, spaceBefore: 6))
        if let id = content.identificationNumber, !id.isEmpty {
            items.append(CanvasTextItem(text: "\(content.labels.identificationNumber): \(id)", fontSize: CertificateStyle.detailSize, spaceBefore: 2))
        }
        items += learnerItems(intro: content.labels.learnerIntro, name: content.learnerName)
        items += programItems(
            statement: content.completionStatement,
            program: content.programTitle,
            lines: [content.datesLine, content.hoursCreditsLine, content.qualificationLine] + details
        )
        if let registration = content.registrationLine, !registration.isEmpty {
            items.append(CanvasTextItem(text: registration, fontSize: CertificateStyle.detailSize, style: .bold, spaceBefore: 6))
        }
        return items.map(CertificateTextRow.full)
    }

    /// SKMA: «СЕРТИФИКАТ № …» on one line, the identification number under it.
    private static func skmaRows(_ content: CertificateContent) -> [CertificateTextRow] {
        var items = [CanvasTextItem(text: "\(content.documentTitle) \(content.numberLine)", fontSize: CertificateStyle.titleSize, style: .bold)]
        if let subtitle = content.documentSubtitle, !subtitle.isEmpty {
            items.append(CanvasTextItem(text: subtitle, fontSize: CertificateStyle.subtitleSize, style: .bold, spaceBefore: 2))
        }
        if let id = content.identificationNumber, !id.isEmpty {
            items.append(CanvasTextItem(text: "\(content.labels.identificationNumber): \(id)", fontSize: CertificateStyle.numberSize, spaceBefore: 6))
        }
        items += learnerItems(intro: content.labels.learnerIntro, name: content.learnerName)
        items += programItems(
            statement: content.completionStatement,
            program: content.programTitle,
            lines: [content.datesLine, content.hoursCreditsLine, content.qualificationLine, content.levelLine, content.decisionLine, content.gradeLine]
        )
        if let registration = content.registrationLine, !registration.isEmpty {
            items.append(CanvasTextItem(text: registration, fontSize: CertificateStyle.detailSize, style: .bold, spaceBefore: 6))
        }
        return items.map(CertificateTextRow.full)
    }

    /// Two or three columns (primary | second | third language) around the shared number and name.
    private static func bilingualRows(_ content: CertificateContent) -> [CertificateTextRow] {
        guard let second = content.secondLanguage else {
            return singleLanguageRows(content, details: [content.levelLine, content.gradeLine])
        }
        let translations = [second] + (content.thirdLanguage.map { [$0] } ?? [])
        let nameItem = CanvasTextItem(text: content.learnerName, fontSize: CertificateStyle.nameSize, style: .bold, spaceBefore: 8)
        return [
            .columns([titleItems(title: content.documentTitle, subtitle: content.documentSubtitle)]
                + translations.map { titleItems(title: $0.documentTitle, subtitle: $0.documentSubtitle) }, spaceBefore: 0),
            .full(CanvasTextItem(text: content.numberLine, fontSize: CertificateStyle.numberSize, spaceBefore: 6)),
            .columns([[CanvasTextItem(text: content.labels.learnerIntro, fontSize: 12, style: .italic)]]
                + translations.map { [CanvasTextItem(text: $0.learnerIntro, fontSize: 12, style: .italic)] }, spaceBefore: 12),
            .full(nameItem),
            .columns([programItems(
                statement: content.completionStatement,
                program: content.programTitle,
                lines: [content.datesLine, content.hoursCreditsLine, content.qualificationLine, content.levelLine, content.gradeLine]
            )] + translations.map { translation in
                programItems(statement: translation.completionStatement, program: translation.programTitle,
                             lines: [translation.datesLine, translation.hoursCreditsLine, translation.qualificationLine,
                                     translation.levelLine, translation.gradeLine])
            }, spaceBefore: 8),
        ]
    }

    private static func titleItems(title: String, subtitle: String?) -> [CanvasTextItem] {
        var items = [CanvasTextItem(text: title, fontSize: CertificateStyle.titleSize, style: .bold)]
        if let subtitle, !subtitle.isEmpty {
            items.append(CanvasTextItem(text: subtitle, fontSize: CertificateStyle.subtitleSize, style: .bold, spaceBefore: 2))
        }
        return items
    }

    private static func learnerItems(intro: String, name: String) -> [CanvasTextItem] {
        var items: [CanvasTextItem] = []
        if !intro.isEmpty {
            items.append(CanvasTextItem(text: intro, fontSize: 12, style: .italic, spaceBefore: 14))
        }
        items.append(CanvasTextItem(text: name, fontSize: CertificateStyle.nameSize, style: .bold, spaceBefore: intro.isEmpty ? 14 : 6))
        return items
    }

    /// The "has completed" sentence, the programme title, then one line per non-empty detail.
    /// The first item carries no leading space of its own so a column starts flush with its row.
    private static func programItems(statement: String, program: String, lines: [String?]) -> [CanvasTextItem] {
        var items = [
            CanvasTextItem(text: statement, fontSize: 12, spaceBefore: 6),
            CanvasTextItem(text: program, fontSize: CertificateStyle.programSize, style: .bold, spaceBefore: 4),
        ]
        for (index, line) in lines.compactMap({ $0 }).filter({ !$0.isEmpty }).enumerated() {
            items.append(CanvasTextItem(text: line, fontSize: CertificateStyle.detailSize, spaceBefore: index == 0 ? 8 : 2))
        }
        return items
    }
}

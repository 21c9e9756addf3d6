import Foundation
import Fluent
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// Turns frozen certified content into the certificate and transcript PDFs, in the layout of the
/// active policy's seed form.
public struct CertificateRendering: Sendable {
    let policy: InstitutionPolicy
    let publicURL: String
    let localizer: Localizer
    let language: LanguageCode
    /// The second language of a bilingual certificate.
    var secondLanguage: LanguageCode? = nil
    /// The third language of a trilingual one (kk | ru | en).
    var thirdLanguage: LanguageCode? = nil
    /// The institution's logo as uploaded when the document is drawn.
    var logo: DocumentImage? = nil

    public init(policy: InstitutionPolicy, publicURL: String, localizer: Localizer, language: LanguageCode,
                secondLanguage: LanguageCode? = nil, thirdLanguage: LanguageCode? = nil, logo: DocumentImage? = nil) {
        self.policy = policy
        self.publicURL = publicURL
        self.localizer = localizer
        self.language = language
        self.secondLanguage = secondLanguage
        self.thirdLanguage = thirdLanguage
        self.logo = logo
    }

    var layout: CertificateLayout {
        if secondLanguage != nil { return .bilingual }
        return switch policy.certificateForm {
        case .atyrau: .atyrau
        case .aitu: .aitu
        case .ects: .ects
        case .skma: .skma
        }
    }

    /// The policy's wording for its document («свидетельство»), for every string on the forms.
    var variant: String? { policy.awardDocument.wordingVariant }

    /// The city set up for the institution when the document was issued, else the policy's own.
    func city(_ content: CertifiedContent) -> String {
        if let city = content.city?.text(in: language), !city.isEmpty { return city }
        return policy.documentCity.map { t("certificate.city.\($0.rawValue)") } ?? ""
    }

    /// The institution's name in `language`; certificates issued before names were kept per
    /// language have only the one they were issued with.
    func institutionName(_ content: CertifiedContent, in language: LanguageCode) -> String {
        content.institutionNames.map { $0.text(in: language) } ?? content.institution
    }

    /// The program's title in `language`, as the edition had it.
    func programTitle(_ content: CertifiedContent, in language: LanguageCode) -> String {
        content.programTitles.map { $0.text(in: language) } ?? content.programTitle
    }

    /// «с присвоением микроквалификации «…»» in `language`; nil when the program named none.
    func qualificationLine(_ content: CertifiedContent, in language: LanguageCode) -> String? {
        guard let name = content.qualification?.text(in: language), !name.isEmpty else { return nil }
        return localizer.string("certificate.qualification", language, ["name": name], variant: variant)
    }

    /// The signature row of `role`: the position as set up in the document's language (else the
    /// role's usual title) and the name in the initials form.
    func signatureLine(_ role: SignatoryRole, of content: CertifiedContent) -> SignatureLine {
        SignatureLine(role, signatory: content.signatories?[role], localizer: localizer, language: language, variant: variant)
    }

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        localizer.string(key, language, arguments, variant: variant)
    }

    /// The form's fixed wording in `language`, from the localisation files.
    func labels(_ language: LanguageCode) -> CertificateLabels {
        let t = { (key: String) in localizer.string("certificate.label." + key, language, variant: variant) }
        return CertificateLabels(
            numberSign: t("number_sign"), learnerIntro: t("learner_intro"), identificationNumber: t("identification_number"),
            learningOutcomesTitle: t("outcomes_title"), detailsTitle: t("details_title"), appendixTitle: t("appendix_title"),
            courseNumberHeader: t("course_number"), courseHeader: t("course"), topicsHeader: t("topics"), hoursHeader: t("hours"),
            totalLabel: t("total"), sealPlace: t("seal"))
    }

    func transcriptLabels() -> TranscriptLabels {
        let t = { (key: String) in localizer.string("transcript.label." + key, language, variant: variant) }
        return TranscriptLabels(
            numberSign: localizer.string("certificate.label.number_sign", language, variant: variant), learner: t("learner"), program: t("program"),
            period: t("period"), columns: t("columns").split(separator: "|").map(String.init), total: t("total"),
            creditsEarned: t("credits_earned"), totalHours: t("total_hours"), gpa: t("gpa"))
    }

    /// The certificate's sentences in `language`: the same facts, worded for that language.
    func translation(_ content: CertifiedContent, into language: LanguageCode) -> CertificateTranslation {
        let t = { (key: String, arguments: [String: String]) in localizer.string(key, language, arguments, variant: variant) }
        let creditUnit = content.usesECTS ? t("certificate.credits_ects", [:]) : t("certificate.credits_kz", [:])
        return CertificateTranslation(
            documentTitle: t("certificate.title.certificate", [:]),
            documentSubtitle: t("certificate.subtitle", [:]),
            learnerIntro: t("certificate.label.learner_intro", [:]),
            completionStatement: t("certificate.completed", [:]),
            programTitle: "«\(programTitle(content, in: language))»",
            datesLine: t("certificate.dates", ["start": DisplayDate.fromISO(content.startsOn), "end": DisplayDate.fromISO(content.endsOn)]),
            hoursCreditsLine: t("certificate.volume", ["hours": "\(content.hours)", "credits": content.credits, "unit": creditUnit]),
            levelLine: t("certificate.levels", ["nqf": "\(content.nqfLevel)", "eqf": "\(content.eqfLevel)"]),
            studyFormLine: t("certificate.study_form", ["form": t("study_form.\(content.studyForm)", [:])]),
            languageLine: t("certificate.language", ["language": t("language.\(content.language)", [:])]),
            gradeLine: content.gpa.isEmpty ? nil : t("certificate.gpa", ["gpa": content.gpa]),
            learningOutcomesTitle: t("certificate.label.outcomes_title", [:]),
            learningOutcomes: content.learningOutcomes,
            verificationCaption: t("certificate.verify_caption", [:]),
            qualificationLine: qualificationLine(content, in: language))
    }

    public func verificationURL(_ token: VerificationToken) -> String {
        SiteRoute.verify(token: token.value).url(publicURL: publicURL)
    }

    /// The certificate and transcript PDFs; `code` is the verification link's QR code when the
    /// caller has encoded it already (the benchmark times encoding on its own).
    public func render(_ content: CertifiedContent, token: VerificationToken, code: QRCode? = nil) async throws -> [RenderedDocument] {
        let certificate = try CertificateDocument.makeSpec(certificateContent(content, token: token), layout: layout, code: code)
        let transcript = TranscriptDocument.makeSpec(transcriptContent(content))
        async let certificatePDF = PDFRenderer.render(certificate)
        async let transcriptPDF = PDFRenderer.render(transcript)
        return [RenderedDocument(kind: "certificate", pdf: try await certificatePDF),
                RenderedDocument(kind: "transcript", pdf: try await transcriptPDF)]
    }

    func certificateContent(_ content: CertifiedContent, token: VerificationToken) -> CertificateContent {
        let creditUnit = content.usesECTS ? t("certificate.credits_ects") : t("certificate.credits_kz")
        let dates = ["start": DisplayDate.fromISO(content.startsOn), "end": DisplayDate.fromISO(content.endsOn)]
        let url = verificationURL(token)
        return CertificateContent(
            institutionName: institutionName(content, in: language),
            institutionNameSecondary: secondLanguage.map { institutionName(content, in: $0) },
            documentTitle: policy.awardDocument == .svidetelstvo ? t("certificate.title.svidetelstvo") : t("certificate.title.certificate"),
            documentSubtitle: t("certificate.subtitle"),
            registrationNumber: content.registrationNumber,
            identificationNumber: layout == .skma ? content.registrationNumber : nil,
            learnerName: content.learnerNameLatin.map { "\(content.learnerName)\n\($0)" } ?? content.learnerName,
            completionStatement: t("certificate.completed"),
            programTitle: "«\(programTitle(content, in: language))»",
            datesLine: t("certificate.dates", dates),
            hoursCreditsLine: t("certificate.volume", ["hours": "\(content.hours)", "credits": content.credits, "unit": creditUnit]),
            levelLine: layout == .skma
                ? t("certificate.level_nqf", ["level": "\(content.nqfLevel)", "words": t("number.word.\(content.nqfLevel)")])
                : t("certificate.levels", ["nqf": "\(content.nqfLevel)", "eqf": "\(content.eqfLevel)"]),
            studyFormLine: t("certificate.study_form", ["form": t("study_form.\(content.studyForm)")]),
            languageLine: t("certificate.language", ["language": t("language.\(content.language)")]),
            assessmentLine: t("certificate.assessment", ["methods": content.assessmentMethods.map { localizer.assessmentForm($0, language) }
                .joined(separator: "; ")]),
            learningOutcomes: content.learningOutcomes,
            gradeLine: content.gpa.isEmpty ? nil : t("certificate.gpa", ["gpa": content.gpa]),
            issueDate: DisplayDate.fromISO(content.issuedOn),
            issueCity: city(content),
            signatories: [signatureLine(.rector, of: content), signatureLine(.registrarHead, of: content)],
            verificationURL: url,
            verificationCaption: t("certificate.verify_caption"),
            credentialNote: (content.awardOrder.map { order in
                t("certificate.protocol_and_order", ["protocol": content.decisionProtocol, "number": order.number,
                                                     "date": DisplayDate.fromISO(order.date)])
            } ?? t("certificate.protocol", ["protocol": content.decisionProtocol])) + "\n"
                + t("certificate.credential_note", ["url": SiteRoute.apiVerifyCredential(token: token.value).url(publicURL: publicURL)]),
            courses: layout == .aitu
                ? content.disciplines.map { CertificateCourse(title: $0.name, topics: $0.description, hours: "\($0.hours)") } : [],
            coursesTotalHours: layout == .aitu ? "\(content.hours)" : nil,
            labels: labels(language),
            secondLanguage: secondLanguage.map { translation(content, into: $0) },
            logo: logo,
            // 004 App. Б: the form of study, the commission's decision with its day, and the
            // registration number on a line of its own.
            decisionLine: layout == .skma ? t("certificate.decision_line", [
                "form": t("study_form.\(content.studyForm)"),
                "date": content.decidedOn.map(DisplayDate.fromISO) ?? content.decisionProtocol]) : nil,
            // 004 App. Б and 000 App. 1 print the registration number on a line of its own; 000 App. 1
            // puts the form's own number after «№».
            registrationLine: layout == .skma || layout == .atyrau
                ? t("certificate.registration_line", ["number": content.registrationNumber]) : nil,
            formNumber: layout == .atyrau ? content.formNumber : nil,
            thirdLanguage: thirdLanguage.map { translation(content, into: $0) },
            institutionNameThird: thirdLanguage.map { institutionName(content, in: $0) },
            qualificationLine: qualificationLine(content, in: language))
    }

    func transcriptContent(_ content: CertifiedContent) -> TranscriptContent {
        let earned = content.disciplines.filter { !$0.letter.isEmpty }
        return TranscriptContent(
            institutionName: institutionName(content, in: language),
            institutionNameSecondary: secondLanguage.map { institutionName(content, in: $0) },
            documentTitle: t("transcript.title"),
            documentSubtitle: t("transcript.subtitle"),
            documentNumber: content.registrationNumber,
            learnerName: content.learnerNameLatin.map { "\(content.learnerName)\n\($0)" } ?? content.learnerName,
            programTitle: [programTitle(content, in: language), content.qualification.map { $0.text(in: language) }]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — "),
            datesLine: DisplayDate.fromISO(content.startsOn) + " — " + DisplayDate.fromISO(content.endsOn),
            disciplines: content.disciplines.map {
                // A recognised discipline has no points of this intake: the content column says why.
                TranscriptDiscipline(title: $0.name,
                                     topics: $0.recognised == true ? [$0.description, t("transcript.recognised")].filter { !$0.isEmpty }
                                        .joined(separator: " — ") : $0.description,
                                     credits: $0.credits, hours: "\($0.hours)",
                                     points: $0.recognised == true ? "—" : "\($0.points)",
                                     letterGrade: $0.letter, gradePoints: $0.gradePoints)
            },
            creditsEarned: earned.isEmpty ? "0" : content.credits,
            totalHours: "\(content.hours)",
            gpa: content.gpa,
            gradingNote: t("transcript.grading_note", ["scale": policy.gradeScale.summary]),
            issueDate: DisplayDate.fromISO(content.issuedOn),
            issueCity: city(content),
            // 004 App. В: the Rector signs the transcript; the other forms have the registrar's office sign it.
            signatories: [signatureLine(policy.certificateForm == .skma ? .rector : .registrarHead, of: content)],
            labels: transcriptLabels(),
            logo: logo,
            ordersLine: content.enrollmentOrderNumber.map { number in
                t("transcript.enrollment_order", ["number": number, "date": content.enrollmentOrderDate.map(DisplayDate.fromISO) ?? ""])
            })
    }
}

extension CertificateRendering {
    /// The rendering issuing uses: the active policy's layout, in the institution's document
    /// language, with the logo in use.
    public static func active(on db: any Database, publicURL: String, localizer: Localizer) async throws -> CertificateRendering {
        let setting = try await SettingsStore.value(SettingsStore.documentLanguageKey, on: db) ?? "ru"
        let languages = setting.split(separator: "+").compactMap { LanguageCode(rawValue: String($0)) }
        return CertificateRendering(policy: try await SettingsStore.policy(on: db), publicURL: publicURL, localizer: localizer,
                                    language: languages.first ?? .russian, secondLanguage: languages.count > 1 ? languages[1] : nil,
                                    thirdLanguage: languages.count > 2 ? languages[2] : nil,
                                    logo: try await InstitutionSettings.currentLogo(on: db).flatMap(\.documentImage))
    }
}

extension Request {
    /// The renderer issuing uses (`CertificateRendering.active`).
    func certificateRenderer() async throws -> CertificateRenderer {
        let rendering = try await CertificateRendering.active(on: db, publicURL: try services().config.publicURL,
                                                              localizer: application.localizer)
        return { content, token in try await rendering.render(content, token: token) }
    }
}

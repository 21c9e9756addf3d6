import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The cases waiting for the signed-in expert's group, with their due dates.
struct RecognitionExpertisePage: Encodable {
    let cases: [RecognitionCasesPage.CaseRow]

    init(_ rows: [RecognitionCaseList.Row], today: CalendarDay, request: Request) throws {
        cases = try rows.map { row in
            let (due, overdue) = RecognitionCasesPage.due(row, today: today, request: request)
            return RecognitionCasesPage.CaseRow(
                number: row.model.number, href: SiteRoute.recognitionConclusion(try row.model.requireID()).path, learner: row.learnerName,
                source: row.source.issuer + " — " + row.source.title, sourceKind: request.t("recognition.source_kind.\(row.source.kind.rawValue)"),
                targets: row.disciplines.map { "\($0.code) \($0.name)" }.joined(separator: "; "), period: row.period?.title ?? "",
                filedOn: AlmatyDate.dotted(iso: row.model.filedOn), due: due, overdue: overdue)
        }
    }
}

/// The expert group's conclusion form: for each target discipline its outcomes, the volume in
/// hours, the converted grade, and the five elements to judge (004 §7.5, §7.9).
struct RecognitionConclusionForm: Encodable {
    let number: String
    let source: [RecognitionCasePage.Line]
    let documents: [RecognitionCasePage.Document]
    let disciplines: [DisciplineBlock]
    let verdicts: [SelectOption]
    let proposals: [SelectOption]
    let actionLink: String
    let errors: [String]
    let due: String

    struct DisciplineBlock: Encodable {
        let position: Int
        let title: String
        let credits: String
        let volume: String
        let grade: String
        let outcomes: [Outcome]
        let elements: [Element]
    }

    struct Outcome: Encodable {
        let number: Int
        let text: String
    }

    struct Element: Encodable {
        let code: String
        let label: String
        let hint: String
    }

    init(_ file: RecognitionCaseFile, policy: InstitutionPolicy, today: CalendarDay, errors: [String], request: Request) throws {
        let casePage = try RecognitionCasePage(file, today: today, errors: [], request: request)
        number = file.row.model.number
        source = casePage.source
        documents = casePage.documents
        let hoursPerCredit = policy.hoursPerCredit.lowerBound
        let conversion = GradeConversion(scale: policy.gradeScale)
        let grade: String
        do {
            grade = try conversion.convert(file.row.source.grade).letter ?? request.t("recognition.grade.passed")
        } catch {
            grade = request.t("recognition.conclusion.grade_none")
        }
        disciplines = file.row.disciplines.enumerated().map { index, discipline in
            let volume = VolumeComparison(source: file.row.source, target: discipline, hoursPerCredit: hoursPerCredit)
            return DisciplineBlock(
                position: index + 1, title: "\(discipline.code) \(discipline.name)", credits: "\(discipline.credits)",
                volume: request.t("recognition.conclusion.volume", [
                    "source": volume.sourceHours.map(String.init) ?? "—", "target": "\(volume.targetHours)",
                    "difference": volume.differenceHours.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "—", "rate": "\(hoursPerCredit)"]),
                grade: grade,
                outcomes: discipline.learningOutcomes.enumerated().map { Outcome(number: $0.offset + 1, text: $0.element) },
                elements: ComparisonSheet.Element.allCases.map {
                    Element(code: $0.rawValue, label: request.t("recognition.element.\($0.rawValue)"), hint: request.t("recognition.element.\($0.rawValue).hint"))
                })
        }
        verdicts = ComparisonSheet.Verdict.allCases.map { SelectOption(value: $0.rawValue, label: request.t("recognition.verdict.\($0.rawValue)")) }
        proposals = ComparisonSheet.Proposal.allCases.map { SelectOption(value: $0.rawValue, label: request.t("recognition.proposal.\($0.rawValue)")) }
        actionLink = SiteRoute.recognitionConclusion(try file.row.model.requireID()).path
        self.errors = errors
        due = casePage.due
    }
}

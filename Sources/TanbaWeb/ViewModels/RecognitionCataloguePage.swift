import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The catalogue page: degree programs with their disciplines, academic periods, and the forms.
struct RecognitionCataloguePage: Encodable {
    let programs: [ProgramView]
    let periods: [PeriodView]
    let errors: [String]
    let imported: String?
    let header: String
    let period: Posted

    struct ProgramView: Encodable {
        let code: String
        let name: String
        let level: String
        let summary: String
        let disciplines: [DisciplineView]
    }

    struct DisciplineView: Encodable {
        let code: String
        let name: String
        let credits: String
        let period: String
        let outcomes: [String]
    }

    struct PeriodView: Encodable {
        let title: String
        let dates: String
    }

    struct Posted: Encodable {
        var title = ""
        var startsOn = ""
        var endsOn = ""
    }

    init(programs: [RecognitionCatalogueStore.Entry], periods: [(id: UUID, period: AcademicPeriod)], errors: [String],
         imported: String?, period: RecognitionCatalogueController.PeriodForm?, request: Request) {
        self.programs = programs.map { entry in
            let program = entry.program
            let total = program.disciplines.reduce(Credits.zero) { $0 + $1.credits }
            return ProgramView(
                code: program.code, name: program.name, level: request.t("degree_level.\(program.level.rawValue)"),
                summary: request.t("catalogue.program_summary", ["disciplines": "\(program.disciplines.count)", "credits": "\(total)"]),
                disciplines: program.disciplines.map {
                    DisciplineView(code: $0.code, name: $0.name, credits: "\($0.credits)", period: "\($0.period)", outcomes: $0.learningOutcomes)
                })
        }
        self.periods = periods.map { PeriodView(title: $0.period.title, dates: $0.period.startsOn.dotted + " — " + $0.period.endsOn.dotted) }
        self.errors = errors
        self.imported = imported
        header = DegreeCatalogueImport.header
        self.period = period.map { Posted(title: $0.title, startsOn: $0.startsOn, endsOn: $0.endsOn) } ?? Posted()
    }
}

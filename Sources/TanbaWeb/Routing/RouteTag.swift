import Foundation
import Leaf
import LeafKit

extension SiteRoute {
    /// The routes without parameters, by the name templates use: `#route("intakes")`.
    static let named: [String: SiteRoute] = [
        "registry": .registry, "login": .login, "loginCode": .loginCode, "logout": .logout,
        "secondFactor": .secondFactor, "secondFactorSetup": .secondFactorSetup,
        "secondFactorConfirm": .secondFactorConfirm, "secondFactorDisable": .secondFactorDisable,
        "adminTokens": .adminTokens, "adminUsers": .adminUsers, "adminSettings": .adminSettings, "adminLogo": .adminLogo, "adminCalendar": .adminCalendar,
        "recognitionCatalogue": .recognitionCatalogue, "recognitionCatalogueImport": .recognitionCatalogueImport,
        "recognitionPeriods": .recognitionPeriods, "recognitionBodies": .recognitionBodies,
        "recognitionCases": .recognitionCases, "recognitionFileOnBehalf": .recognitionFileOnBehalf, "meRecognition": .meRecognition,
        "recognitionExpertise": .recognitionExpertise, "recognitionBallots": .recognitionBallots, "reports": .reports, "procedure": .procedure, "reportsCSV": .reportsCSV, "recognitionReportCSV": .recognitionReportCSV, "recognitionProviders": .recognitionProviders,
        "workspace": .workspace, "newProgram": .newProgram, "register": .register, "me": .me, "meProfile": .meProfile,
        "intakes": .intakes, "verifyLookup": .verifyLookup, "verifyCredential": .verifyCredential,
        "commissionSeats": .commissionSeats, "journal": .journal, "journalCSV": .journalCSV,
    ]
}

/// `#route("name")` in templates: the path of a parameterless `SiteRoute`, so a template's links
/// and form targets come from the same place that registers the routes. An unknown name fails
/// the render instead of producing a dead link.
struct RouteTag: LeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let name = ctx.parameters.first?.string, let route = SiteRoute.named[name] else {
            throw LeafError(.unknownError("#route() needs the name of a parameterless SiteRoute"))
        }
        return .string(route.path)
    }
}

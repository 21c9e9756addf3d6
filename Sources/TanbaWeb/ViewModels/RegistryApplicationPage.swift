import Vapor
import TanbaCore
import TanbaPersistence

/// The application for the registry (004 App. Д), from the program as it stands and the
/// institution as set up: a registered program's, or an edition's before it is registered.
struct RegistryApplicationPage: Encodable {
    let institution: String
    let program: ProgramView
    /// Row 6, from the institution's settings.
    let accreditation: String
    let standard: String
    /// The edition is not registered yet: the application is filed ahead of registration.
    let beforeRegistration: Bool

    init(program: ProgramView, content: ProgramContent, institution profile: InstitutionProfile, registered: Bool, request: Request) {
        self.program = program
        institution = profile.fullName.text(in: request.language)
        let accreditation = profile.accreditation ?? ""
        self.accreditation = accreditation.isEmpty ? request.t("application.accreditation_none") : accreditation
        standard = content.passport.professionalStandard.isEmpty
            ? request.t("application.no_standard") : content.passport.professionalStandard
        beforeRegistration = !registered
    }
}

import TanbaCore
import TanbaDocuments

extension SignatureLine {
    /// The signature row of `role` in `language`: the position as set up in that language (else
    /// the role's usual title there, never another language's), and the name in its initials form.
    init(_ role: SignatoryRole, signatory: Signatory?, localizer: Localizer, language: LanguageCode, variant: String? = nil) {
        let title = signatory.map { $0.title[language] } ?? ""
        self.init(role: title.isEmpty ? localizer.string("certificate.signatory.\(role.rawValue)", language, variant: variant) : title,
                  name: signatory?.printedName ?? "")
    }
}

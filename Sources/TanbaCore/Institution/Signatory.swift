import Foundation

/// Who signs the institution's documents; raw values are stored and name the setup flags.
public enum SignatoryRole: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    /// Rector («ректор»): certificates, the award order, 004 App. В transcripts.
    case rector
    /// Head of the registrar's office («руководитель офиса регистратора»): certificates and transcripts.
    case registrarHead = "registrar_head"
    /// Dean («декан»): orders on exemption and credit transfer (004 §7.14).
    case dean
    /// Chair of the qualification commission («председатель аттестационной комиссии»).
    case commissionChair = "commission_chair"
}

/// A person who signs documents: the full name for pages, the initials form printed after the
/// signature line («А. Б. Фамилия»), and the position as the document prints it.
public struct Signatory: Hashable, Sendable, Codable {
    public var name: String
    /// As printed beside the signature, e.g. «Ж. Е. Сейткали».
    public var initials: String
    /// The position in each language («Председатель Правления – Ректор»); empty reads as the role's
    /// usual title in that language.
    public var title: LocalizedText

    public init(name: String = "", initials: String = "", title: LocalizedText = LocalizedText()) {
        self.name = name
        self.initials = initials
        self.title = title
    }

    /// The name printed beside a signature: the initials form, else the full name.
    public var printedName: String { initials.isEmpty ? name : initials }

    public var isEmpty: Bool { name.isEmpty && initials.isEmpty && title.isEmpty }
}

import Foundation
import TanbaCore
import TanbaPersistence

/// A complete demo institution per policy preset: names in three languages, city, address, a BIN,
/// signatories and a logo, so every document layout shows real content. Names of people are
/// invented; BINs pass the check digit but belong to nobody.
public enum DemoInstitution {
    /// The profile of the institution `policy` restates.
    public static func profile(for policy: InstitutionPolicy) -> InstitutionProfile {
        let titles = (
            rector: LocalizedText(ru: "Председатель Правления – Ректор", kk: "Басқарма Төрағасы – Ректор", en: "Chairman of the Board – Rector"),
            registrar: LocalizedText(ru: "Руководитель офиса регистратора", kk: "Тіркеуші офисінің басшысы", en: "Head of the Registrar's Office"),
            dean: LocalizedText(ru: "Декан", kk: "Декан", en: "Dean"),
            chair: LocalizedText(ru: "Председатель аттестационной комиссии", kk: "Аттестаттау комиссиясының төрағасы",
                                 en: "Chair of the Attestation Commission"))
        var profile: InstitutionProfile
        switch policy.name {
        case PolicyPresets.atyrau2023.name:
            profile = InstitutionProfile(
                fullName: LocalizedText(ru: "НАО «Атырауский университет имени Х. Досмухамедова»",
                                        kk: "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ",
                                        en: "NJSC «Kh. Dosmukhamedov Atyrau University»"),
                shortName: LocalizedText(ru: "АУ им. Х. Досмухамедова", kk: "Х. Досмұхамедов атындағы АУ", en: "Atyrau University"),
                city: LocalizedText(ru: "г. Атырау", kk: "Атырау қ.", en: "Atyrau"),
                address: "г. Атырау, пр. Студенческий, 1 (демо)", bin: "260140000114")
        case PolicyPresets.skma2026.name:
            profile = InstitutionProfile(
                fullName: LocalizedText(ru: "АО «Южно-Казахстанская медицинская академия»",
                                        kk: "«Оңтүстік Қазақстан медицина академиясы» АҚ",
                                        en: "JSC «South Kazakhstan Medical Academy»"),
                shortName: LocalizedText(ru: "ЮКМА", kk: "ОҚМА", en: "SKMA"),
                city: LocalizedText(ru: "г. Шымкент", kk: "Шымкент қ.", en: "Shymkent"),
                address: "г. Шымкент, пл. Аль-Фараби, 1 (демо)", bin: "260140000223")
        case PolicyPresets.faculty2025.name:
            profile = InstitutionProfile(
                fullName: LocalizedText(ru: "Демонстрационный университет, факультет педагогики и психологии",
                                        kk: "Демонстрациялық университет, педагогика және психология факультеті",
                                        en: "Demonstration University, Faculty of Education and Psychology"),
                shortName: LocalizedText(ru: "ДУ, ФПП", kk: "ДУ, ППФ", en: "DU, FEP"),
                city: LocalizedText(ru: "г. Алматы", kk: "Алматы қ.", en: "Almaty"),
                address: "г. Алматы, пр. Абая, 1 (демо)", bin: "260140000332")
        default:
            profile = InstitutionProfile(
                fullName: LocalizedText(ru: "ТОО «Astana IT University»", kk: "«Astana IT University» ЖШС",
                                        en: "Astana IT University LLP"),
                shortName: LocalizedText(ru: "AITU", kk: "AITU", en: "AITU"),
                city: LocalizedText(ru: "г. Астана", kk: "Астана қ.", en: "Astana"),
                address: "г. Астана, пр. Мангилик Ел, 55/11 (демо)", bin: "260140000441")
        }
        profile.accreditation = "институциональная аккредитация НААР (IAAR), 2024–2029 (демо)"
        // A limited liability partnership has no board: its head signs as rector alone.
        let rectorTitle = policy.name == PolicyPresets.aitu.name ? LocalizedText(ru: "Ректор", kk: "Ректор", en: "Rector") : titles.rector
        profile.signatories = [
            .rector: Signatory(name: "Сарсенов Ерлан Маратович", initials: "Е. М. Сарсенов", title: rectorTitle),
            .registrarHead: Signatory(name: "Жумабаева Мадина Серикова", initials: "М. С. Жумабаева", title: titles.registrar),
            .dean: Signatory(name: "Касымова Алма Бериковна", initials: "А. Б. Касымова", title: titles.dean),
            .commissionChair: Signatory(name: "Омаров Даурен Кайратович", initials: "Д. К. Омаров", title: titles.chair),
        ]
        return profile
    }

    /// Every field of `profile` as a settings change.
    public static func change(for policy: InstitutionPolicy) -> InstitutionSettings.Change {
        let profile = profile(for: policy)
        var fields: [InstitutionField: String] = [:]
        for field in InstitutionField.all { fields[field] = profile[field] }
        return InstitutionSettings.Change(fields: fields, policy: policy.name)
    }

    /// A simple SVG mark in the institution's colour: a shield with a stylised «Т» (таңба).
    public static func logo(for policy: InstitutionPolicy) -> [UInt8] {
        let colour = switch policy.name {
        case PolicyPresets.atyrau2023.name: "#0b5394"
        case PolicyPresets.skma2026.name: "#1a7f5a"
        case PolicyPresets.faculty2025.name: "#7a3e9d"
        default: "#1d2f6f"
        }
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 132" width="120" height="132">\
            <path d="M60 4 L112 22 V64 C112 98 88 118 60 128 C32 118 8 98 8 64 V22 Z" fill="\(colour)"/>\
            <path d="M60 14 L102 29 V64 C102 92 83 109 60 118 C37 109 18 92 18 64 V29 Z" fill="none" stroke="#f2c14e" stroke-width="3"/>\
            <path d="M34 40 H86 V54 H67 V98 H53 V54 H34 Z" fill="#ffffff"/>\
            </svg>
            """
        return Array(svg.utf8)
    }
}

import Foundation
import Testing
@testable import TanbaCore

@Suite struct InstitutionProfileTests {
    /// An institution with everything issuing needs.
    static let complete: InstitutionProfile = {
        var profile = InstitutionProfile()
        profile.fullName = LocalizedText(ru: "НАО «Атырауский университет имени Х. Досмухамедова»",
                                         kk: "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ",
                                         en: "Kh. Dosmukhamedov Atyrau University")
        profile.city = LocalizedText(ru: "Атырау")
        profile.signatories[.rector] = Signatory(name: "Идрисов Серик Нурмуханович", initials: "С. Н. Идрисов")
        profile.signatories[.registrarHead] = Signatory(name: "Жумабаева Мадина", initials: "М. Жумабаева")
        return profile
    }()

    @Test func aFreshInstallationLacksThePolicyNamesCityAndBothSignatures() {
        let gaps = InstitutionProfile().gaps(policyChosen: false)
        #expect(gaps.first == .policy)
        #expect(gaps.contains(.field(.fullName(.kazakh))))
        #expect(gaps.contains(.field(.city(.russian))))
        #expect(gaps.contains(.field(.signatoryInitials(.registrarHead))))
        #expect(!gaps.contains(.field(.bin)))
    }

    @Test func aCompleteProfileWithAChosenPolicyHasNoGaps() {
        #expect(Self.complete.gaps(policyChosen: true).isEmpty)
        #expect(Self.complete.gaps(policyChosen: false) == [.policy])
    }

    @Test func onlyTheGivenFieldsChangeAndAnEmptyTextClearsOne() throws {
        let changed = try Self.complete.applying([.bin: " 000740001307 ", .address: "  г. Атырау,   ул. Студенческая, 1 ",
                                                  .fullName(.english): ""])
        #expect(changed.bin == "000740001307")
        #expect(changed.address == "г. Атырау, ул. Студенческая, 1")
        #expect(changed.fullName.en.isEmpty)
        #expect(changed.fullName.ru == Self.complete.fullName.ru)
        #expect(changed.signatories == Self.complete.signatories)
        #expect(changed.gaps(policyChosen: true) == [.field(.fullName(.english))])
    }

    @Test func everyProblemIsNamedAndNothingChanges() {
        #expect(throws: InstitutionProblems(problems: [.tooLong(.fullName(.russian), maximum: 500), .invalidBIN("000740001308")])) {
            try Self.complete.applying([.fullName(.russian): String(repeating: "а", count: 501), .bin: "000740001308",
                                        .city(.kazakh): "Атырау"])
        }
    }

    @Test func theBINCheckDigitIsTheIINs() {
        #expect(BusinessIdentificationNumber.isValid("000740001307"))
        #expect(BusinessIdentificationNumber.isValid("971240001315"))
        // The first weighting leaves 10, so the second decides.
        #expect(BusinessIdentificationNumber.isValid("070740000807"))
        #expect(!BusinessIdentificationNumber.isValid("070740000800"))
        #expect(!BusinessIdentificationNumber.isValid("00074000130"))
        #expect(!BusinessIdentificationNumber.isValid("00074000130a"))
        #expect(!BusinessIdentificationNumber.isValid("٠٠٠٧٤٠٠٠١٣٠٧"))
    }

    @Test func aKazakhDocumentFallsBackToTheRussianNameOnlyWhenNoKazakhOneIsGiven() {
        #expect(Self.complete.fullName.text(in: .kazakh) == "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ")
        #expect(LocalizedText(ru: "Атырау").text(in: .kazakh) == "Атырау")
    }

    @Test func everyFieldHasItsOwnKeyThatReadsBack() {
        let keys = InstitutionField.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(InstitutionField.all.allSatisfy { InstitutionField(key: $0.key) == $0 })
        #expect(InstitutionField(key: "rector_title_kk") == .signatoryTitle(.rector, .kazakh))
    }

    @Test func theProfileSurvivesStorageAsJSON() throws {
        let data = try JSONEncoder().encode(Self.complete)
        #expect(try JSONDecoder().decode(InstitutionProfile.self, from: data) == Self.complete)
        #expect(String(decoding: data, as: UTF8.self).contains("\"registrar_head\""))
    }
}

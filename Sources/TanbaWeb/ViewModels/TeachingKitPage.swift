import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The teaching kits of an edition (УМКД, 004 §5.10): each discipline's three documents, what is
/// missing, the committee's approvals, and the forms the viewer's role may use.
struct TeachingKitPage: Encodable {
    let title: String
    let editionLink: String
    let required: Bool
    let state: String
    let stateCode: String
    let disciplines: [DisciplineRow]
    let kinds: [SelectOption]
    let disciplineOptions: [SelectOption]
    /// «Протокол № … от …, внесено …»: every approval by the academic committee, newest first.
    let approvals: [String]
    let canUpload: Bool
    let canApprove: Bool
    let uploadLink: String
    let approvalLink: String
    let uploadHint: String
    let errors: [String]

    /// One discipline with its three slots.
    struct DisciplineRow: Encodable {
        let number: Int
        let name: String
        let documents: [DocumentCell]
    }

    /// A slot: the document in use, or none.
    struct DocumentCell: Encodable {
        let kind: String
        let name: String?
        let link: String?
        let uploaded: String
    }

    init(_ sheet: TeachingKits.Sheet, policy: InstitutionPolicy, actor: ActingUser, uploadLimitBytes: Int, errors: [String],
         request: Request) throws {
        let editionID = try sheet.edition.requireID()
        let t = { (key: String, arguments: [String: String]) in request.t(key, arguments) }
        title = sheet.content.title
        editionLink = SiteRoute.edition(editionID).path
        required = policy.requiresTeachingKit
        let kit = sheet.kit
        if kit.isApproved, let approval = kit.approval {
            stateCode = "approved"
            state = t("teaching_kit.state.approved", ["number": approval.protocolNumber, "date": approval.meetingDate.dotted])
        } else if kit.isComplete {
            stateCode = "complete"
            state = t(kit.approval == nil ? "teaching_kit.state.complete" : "teaching_kit.state.changed", [:])
        } else {
            stateCode = "missing"
            state = t("teaching_kit.state.missing", ["count": "\(kit.missing.count)"])
        }
        disciplines = try sheet.content.disciplines.enumerated().map { index, discipline in
            DisciplineRow(number: index + 1, name: discipline.name, documents: try TeachingKitDocumentKind.allCases.map { kind in
                let document = sheet.documents[TeachingKitSlot(discipline: index + 1, kind: kind)]
                return DocumentCell(kind: t("teaching_kit.kind.\(kind.rawValue)", [:]), name: document?.originalName,
                                    link: try document.map { SiteRoute.teachingKitDocument(try $0.requireID()).path },
                                    uploaded: DisplayDate.dayTime(document?.uploadedAt))
            })
        }
        kinds = TeachingKitDocumentKind.allCases.map { SelectOption(value: $0.rawValue, label: t("teaching_kit.kind.\($0.rawValue)", [:])) }
        disciplineOptions = sheet.content.disciplines.enumerated().map {
            SelectOption(value: "\($0.offset + 1)", label: "\($0.offset + 1). \($0.element.name)")
        }
        approvals = sheet.approvals.map {
            t("teaching_kit.approval_line", ["number": $0.protocolNumber, "date": AlmatyDate.dotted(iso: $0.meetingDate),
                                             "name": $0.recordedByName, "at": DisplayDate.dayTime($0.recordedAt)])
        }
        canUpload = actor.role.may(.keepTeachingKits) && !sheet.content.disciplines.isEmpty
        canApprove = actor.role.may(.approveTeachingKits) && kit.isComplete && !kit.isApproved
        uploadLink = SiteRoute.teachingKitDocuments(editionID).path
        approvalLink = SiteRoute.teachingKitApproval(editionID).path
        uploadHint = t("teaching_kit.upload_hint", ["limit": "\(uploadLimitBytes / 1024 / 1024)"])
        self.errors = errors
    }
}

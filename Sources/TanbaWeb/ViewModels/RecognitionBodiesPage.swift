import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The page of the recognition commission and the expert group: each as its latest order formed
/// it, and the form for a new order.
struct RecognitionBodiesPage: Encodable {
    let bodies: [BodyView]
    let staff: [SelectOption]
    let seats: [SelectOption]
    let kinds: [SelectOption]
    let rows: [Int]
    let today: String

    struct BodyView: Encodable {
        let kind: String
        let title: String
        let hint: String
        let order: String?
        let members: [MemberView]
        let errors: [String]
    }

    struct MemberView: Encodable {
        let name: String
        let position: String
        let seat: String
        let kind: String
    }

    init(commission: RecognitionBodies.Body?, expertGroup: RecognitionBodies.Body?, staff: [UserModel],
         errors: [RecognitionBodyKind: [String]], today: String, request: Request) {
        bodies = [(RecognitionBodyKind.commission, commission), (.expertGroup, expertGroup)].map { kind, body in
            BodyView(
                kind: kind.rawValue, title: request.t("recognition.body.\(kind.rawValue)"),
                hint: request.t("recognition.body.\(kind.rawValue).hint"),
                order: body.map { request.t("recognition.bodies.order", ["number": $0.orderNumber, "date": AlmatyDate.dotted(iso: $0.orderDate)]) },
                members: body?.members.map { member in
                    MemberView(name: member.name, position: member.position, seat: request.t("recognition.seat.\(member.member.seat.rawValue)"),
                               kind: request.t("member_kind.\(member.member.kind.rawValue)"))
                } ?? [],
                errors: errors[kind] ?? [])
        }
        self.staff = [SelectOption(value: "", label: "—")] + staff.compactMap { user in
            user.id.map { SelectOption(value: $0.uuidString, label: user.fullName + (user.position.map { ", " + $0 } ?? "")) }
        }
        seats = RecognitionSeat.allCases.map { SelectOption(value: $0.rawValue, label: request.t("recognition.seat.\($0.rawValue)"), selected: $0 == .member) }
        kinds = CommissionMemberKind.allCases.map { SelectOption(value: $0.rawValue, label: request.t("member_kind.\($0.rawValue)")) }
        rows = Array(0..<7)
        self.today = today
    }
}

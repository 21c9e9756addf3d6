import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The registrar's intake page («набор»): applications to review, filtered by status, the signed
/// enrollment orders and the teachers of each discipline. Built from `IntakeReview` alone.
struct IntakePage: Encodable {
    let intake: IntakeView
    let applications: [ApplicationRow]
    /// Links that show the applications of one status, each with its count.
    let statusFilter: [StatusFilter]
    let orders: [OrderRow]
    let disciplines: [SelectOption]
    let teachers: [SelectOption]
    let assignments: [String]
    let gradebookLink: String
    let orderLink: String
    let assignLink: String
    let canManage: Bool
    let error: String?
    let today: String
    let languages: [SelectOption]

    /// One status in the applications' filter.
    struct StatusFilter: Encodable {
        let label: String
        let count: Int
        let href: String
        let current: Bool
    }

    /// One application in the registrar's list.
    struct ApplicationRow: Encodable {
        let id: String
        let learner: String
        let category: String
        let organisation: String
        let status: String
        let statusCode: String
        let prerequisitesChecked: Bool
        let prerequisitesNote: String
        let reason: String
        let contract: String
        let payment: String
        let paymentCode: String
        let documents: [DocumentView]
        let decisionLink: String
        let fileLink: String
        let readyForOrder: Bool
        let isSubmitted: Bool
        let isOpen: Bool
    }

    /// An issued order.
    struct OrderRow: Encodable {
        let number: String
        let date: String
        let learners: Int
        let pdf: String
    }

    /// The page for `review`, showing only applications of `shown` status when one is picked.
    init(_ review: IntakeReview, shown: ApplicationStatus?, canManage: Bool, error: String?, today: String,
         request: Request) throws {
        let intakeID = try review.intake.requireID()
        let path = SiteRoute.intake(intakeID).path
        intake = try IntakeView(review.intake, content: review.content, today: today, request: request)
        statusFilter = [StatusFilter(label: request.t("intake.filter.all"), count: review.applications.count, href: path,
                                     current: shown == nil)]
            + ApplicationStatus.allCases.sorted { $0.reviewRank < $1.reviewRank }.map { status in
                StatusFilter(label: request.t("application_status.\(status.rawValue)"),
                             count: review.applications.filter { $0.status == status }.count,
                             href: path + "?status=\(status.rawValue)", current: shown == status)
            }
        applications = try review.applications.filter { shown == nil || $0.status == shown }.map { row in
            let application = row.application
            let id = try application.requireID()
            return ApplicationRow(
                id: id.uuidString, learner: row.learner?.fullName ?? "",
                category: row.profile.map { request.t("category.\($0.category)") } ?? "",
                organisation: row.profile?.organisation ?? "",
                status: request.t("application_status.\(row.status.rawValue)"), statusCode: row.status.rawValue,
                prerequisitesChecked: application.prerequisitesChecked, prerequisitesNote: application.prerequisitesNote,
                reason: application.decisionReason, contract: application.contractNumber,
                payment: request.t("payment.\(row.payment.rawValue)"), paymentCode: row.payment.rawValue,
                documents: try row.documents.map { try DocumentView($0, request: request) },
                decisionLink: SiteRoute.applicationDecision(id).path,
                fileLink: SiteRoute.learnerFile(intakeID: intakeID, learnerID: application.learnerID).path,
                readyForOrder: (try? ApplicationReview.enroll(from: row.status, contractNumber: application.contractNumber,
                                                              payment: row.payment)) != nil,
                isSubmitted: row.status == .submitted, isOpen: row.status == .submitted || row.status == .accepted)
        }
        orders = try review.orders.map { entry in
            OrderRow(number: entry.order.number, date: DisplayDate.fromISO(entry.order.orderDate), learners: entry.learnerCount,
                     pdf: SiteRoute.orderPDF(try entry.order.requireID()).path)
        }
        let disciplines = review.content.disciplines
        self.disciplines = disciplines.enumerated().map {
            SelectOption(value: "\($0.offset + 1)", label: "\($0.offset + 1). \($0.element.name)", selected: false)
        }
        teachers = try review.teachers.map { SelectOption(value: try $0.requireID().uuidString, label: $0.fullName, selected: false) }
        let names = try review.teachers.byID().mapValues(\.fullName)
        assignments = review.assignments.map { assignment in
            "\(assignment.discipline). \(disciplines[safe: assignment.discipline - 1]?.name ?? "") — \(names[assignment.teacherID] ?? "")"
        }
        gradebookLink = SiteRoute.gradebook(intakeID: intakeID).path
        orderLink = SiteRoute.orders(intakeID: intakeID).path
        assignLink = SiteRoute.assignTeacher(intakeID: intakeID).path
        self.canManage = canManage
        self.error = error
        self.today = today
        languages = LanguageCode.allCases.map {
            SelectOption(value: $0.rawValue, label: request.t("language.\($0.rawValue)"), selected: $0 == request.language)
        }
    }
}

import Vapor

/// What a redirect after a successful form tells the page it lands on: «Сохранено», «Создано»...
/// It travels in the address (`?done=saved`), so nothing is stored between the two requests.
enum Notice: String, CaseIterable {
    case saved, created, recorded, revoked, issued

    static let queryKey = "done"
}

extension Request {
    /// A 303 to `path` whose page confirms what was done.
    func redirect(to path: String, notice: Notice) -> Response {
        redirect(to: path + (path.contains("?") ? "&" : "?") + "\(Notice.queryKey)=\(notice.rawValue)", redirectType: .normal)
    }

    /// The confirmation this page was reached with, in the page's language.
    var notice: String? {
        (try? query.get(String.self, at: Notice.queryKey)).flatMap(Notice.init(rawValue:)).map { t("notice.\($0.rawValue)") }
    }
}

import Foundation

/// The days an intake studies (`yyyy-MM-dd`, Almaty calendar), and what may not happen before
/// its end: the commission decides on what was studied, so it sits once the study is over, and a
/// certificate is never dated before the study it certifies (004 §5.14).
public struct StudyPeriod: Sendable, Equatable {
    public let startsOn: String
    public let endsOn: String

    public init(startsOn: String, endsOn: String) {
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// Why a date was refused.
    public enum Refusal: Error, Equatable, Sendable {
        case beforeStudyEnds(endsOn: String)
        case beforeStudyStarts(startsOn: String)
    }

    /// Marks are recorded for study that has begun: a mark dated `day` before the first day of
    /// study grades nothing yet.
    public func checkStudyStarted(_ day: String) throws(Refusal) {
        guard day >= startsOn else { throw .beforeStudyStarts(startsOn: startsOn) }
    }

    /// A commission session or an issue day `day` (`yyyy-MM-dd`) comes on or after the last day of study.
    public func checkAfterStudy(_ day: String) throws(Refusal) {
        // ISO days compare as text in calendar order.
        guard day >= endsOn else { throw .beforeStudyEnds(endsOn: endsOn) }
    }
}

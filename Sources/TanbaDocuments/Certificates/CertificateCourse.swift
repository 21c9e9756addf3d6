/// One row of a certificate's appendix: a course or module with its topics and hours.
public struct CertificateCourse: Sendable, Hashable {
    /// Course or module title.
    public var title: String
    /// Topics covered, as the caller wants them printed (a list joined with "; " or line breaks).
    public var topics: String
    /// Hours, already formatted (e.g. "36").
    public var hours: String

    /// A course row.
    public init(title: String, topics: String, hours: String) {
        self.title = title
        self.topics = topics
        self.hours = hours
    }
}

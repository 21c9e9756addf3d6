/// PDF document information (shown by viewers and `pdfinfo`); empty fields are not written.
public struct DocumentMetadata: Sendable, Hashable {
    /// Document title, e.g. "Приказ о зачислении № 12-К".
    public var title: String
    /// Issuing person or institution.
    public var author: String
    /// Short description.
    public var subject: String
    /// Comma-separated keywords.
    public var keywords: String
    /// Producing application.
    public var creator: String

    /// Metadata; every field defaults to empty except the creator.
    public init(
        title: String = "",
        author: String = "",
        subject: String = "",
        keywords: String = "",
        creator: String = "Tanba"
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
    }
}

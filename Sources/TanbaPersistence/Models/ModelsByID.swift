import Fluent
import Foundation

extension Sequence where Element: Model, Element.IDValue == UUID {
    /// The models keyed by id, for joining rows read in separate queries. Rows read from the
    /// database always have one; a model without fails (`requireID`) instead of being dropped.
    public func byID() throws -> [UUID: Element] {
        Dictionary(try map { (try $0.requireID(), $0) }, uniquingKeysWith: { first, _ in first })
    }
}

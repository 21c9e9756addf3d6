import Foundation

/// Recognition outcomes counted by academic period and by kind of source, for the commission's
/// page and its CSV: how many cases were granted, partly granted, refused, and are still open.
public struct RecognitionStatistics: Sendable, Equatable {
    /// One decided or open case as counted.
    public struct Case: Sendable {
        public let period: String
        public let sourceKind: RecognitionSourceKind
        /// Nil while the commission has not decided.
        public let outcome: RecognitionOutcome?

        public init(period: String, sourceKind: RecognitionSourceKind, outcome: RecognitionOutcome?) {
            self.period = period
            self.sourceKind = sourceKind
            self.outcome = outcome
        }
    }

    public struct Counts: Sendable, Equatable {
        public var granted = 0
        public var partiallyGranted = 0
        public var refused = 0
        public var open = 0

        public init() {}

        public var total: Int { granted + partiallyGranted + refused + open }

        mutating func add(_ outcome: RecognitionOutcome?) {
            switch outcome {
            case .granted?: granted += 1
            case .partiallyGranted?: partiallyGranted += 1
            case .refused?: refused += 1
            case nil: open += 1
            }
        }
    }

    /// By period title, in the order periods first appear.
    public let byPeriod: [(period: String, counts: Counts)]
    /// By source kind, in the kinds' order; kinds without cases are left out.
    public let bySourceKind: [(kind: RecognitionSourceKind, counts: Counts)]
    public let total: Counts

    public init(_ cases: [Case]) {
        var periods: [String: Counts] = [:], order: [String] = [], kinds: [RecognitionSourceKind: Counts] = [:], all = Counts()
        for item in cases {
            if periods[item.period] == nil { order.append(item.period) }
            periods[item.period, default: Counts()].add(item.outcome)
            kinds[item.sourceKind, default: Counts()].add(item.outcome)
            all.add(item.outcome)
        }
        byPeriod = order.map { ($0, periods[$0] ?? Counts()) }
        bySourceKind = RecognitionSourceKind.allCases.compactMap { kind in kinds[kind].map { (kind, $0) } }
        total = all
    }

    public static func == (lhs: RecognitionStatistics, rhs: RecognitionStatistics) -> Bool {
        lhs.total == rhs.total && lhs.byPeriod.map(\.period) == rhs.byPeriod.map(\.period)
            && lhs.byPeriod.map(\.counts) == rhs.byPeriod.map(\.counts) && lhs.bySourceKind.map(\.kind) == rhs.bySourceKind.map(\.kind)
            && lhs.bySourceKind.map(\.counts) == rhs.bySourceKind.map(\.counts)
    }
}

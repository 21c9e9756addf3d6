/// One column of a ``DocumentBlock/table(columns:rows:fontSize:)`` block.
public struct TableColumn: Sendable, Hashable {
    /// Header text, repeated at the top of every page the table spans.
    public var title: String
    /// Share of the content width. Fractions are normalised by their sum, so `[1, 3]` and
    /// `[0.25, 0.75]` give the same table; every fraction must be positive.
    public var widthFraction: Double
    /// Alignment of this column's cells, header included.
    public var alignment: TextAlignment

    /// A column with a title, a share of the width and a cell alignment.
    public init(_ title: String, widthFraction: Double, alignment: TextAlignment = .left) {
        self.title = title
        self.widthFraction = widthFraction
        self.alignment = alignment
    }
}

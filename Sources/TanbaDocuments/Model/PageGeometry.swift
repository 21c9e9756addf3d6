/// Whether a page is taller than it is wide (portrait) or wider than tall (landscape).
public enum PageOrientation: Sendable, Hashable {
    case portrait
    case landscape
}

/// The physical size of every page of a document, in PDF points (1/72 inch).
public struct PageSize: Sendable, Hashable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A page of an explicit size in points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO 216 A4 (210 × 297 mm), the paper size of Kazakhstan's official documents.
    public static func a4(_ orientation: PageOrientation) -> PageSize {
        // Exact millimetre conversion, as the PDF viewer prints it.
        let short = Millimeters.toPoints(210)
        let long = Millimeters.toPoints(297)
        switch orientation {
        case .portrait: return PageSize(width: short, height: long)
        case .landscape: return PageSize(width: long, height: short)
        }
    }

    /// A4 portrait.
    public static let a4Portrait = PageSize.a4(.portrait)
    /// A4 landscape, for wide transcripts and protocols.
    public static let a4Landscape = PageSize.a4(.landscape)
}

/// Blank space between the paper edge and everything printed (the page number included), in points.
public struct PageMargins: Sendable, Hashable {
    /// Distance from the top edge.
    public var top: Double
    /// Distance from the left edge.
    public var left: Double
    /// Distance from the bottom edge.
    public var bottom: Double
    /// Distance from the right edge.
    public var right: Double

    /// Margins in points.
    public init(top: Double, left: Double, bottom: Double, right: Double) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    /// The same margin on every side, in points.
    public static func uniform(_ points: Double) -> PageMargins {
        PageMargins(top: points, left: points, bottom: points, right: points)
    }

    /// Margins given in millimetres, the unit office document standards use.
    public static func millimeters(top: Double, left: Double, bottom: Double, right: Double) -> PageMargins {
        PageMargins(
            top: Millimeters.toPoints(top),
            left: Millimeters.toPoints(left),
            bottom: Millimeters.toPoints(bottom),
            right: Millimeters.toPoints(right)
        )
    }

    /// Office-paperwork margins (left 30 mm for binding, right 15 mm, top and bottom 20 mm).
    public static let official = PageMargins.millimeters(top: 20, left: 30, bottom: 20, right: 15)
}

/// Millimetre-to-point conversion kept in one place.
enum Millimeters {
    static func toPoints(_ millimeters: Double) -> Double {
        millimeters / 25.4 * 72
    }
}

/// A point in page coordinates: points from the top-left corner of the page, y growing downwards.
public struct CanvasPoint: Sendable, Hashable {
    /// Points from the left edge of the page.
    public var x: Double
    /// Points from the top edge of the page.
    public var y: Double

    /// A point in page coordinates.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in page coordinates (points, origin top-left, y down).
public struct CanvasRect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
}

/// An opaque RGB colour; components in 0...1 (out-of-range values are clamped when drawn).
public struct DocumentColor: Sendable, Hashable {
    /// Red component, 0...1.
    public var red: Double
    /// Green component, 0...1.
    public var green: Double
    /// Blue component, 0...1.
    public var blue: Double

    /// A colour from RGB components in 0...1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A neutral grey: 0 is black, 1 is white.
    public static func gray(_ level: Double) -> DocumentColor {
        DocumentColor(red: level, green: level, blue: level)
    }

    /// Black, the colour of text and rules.
    public static let black = DocumentColor.gray(0)
    /// White.
    public static let white = DocumentColor.gray(1)
}

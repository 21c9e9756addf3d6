/// A corner on an integer grid, such as a QR code's modules; `y` grows downwards as on the page.
public struct GridPoint: Sendable, Hashable {
    public let x: Int
    public let y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

extension QRCode {
    /// The dark modules as closed outlines: only the corners where an outline turns, each loop
    /// running with the dark modules on its right (clockwise on the page around dark areas,
    /// anticlockwise around light holes), so a non-zero or even-odd fill paints exactly the dark
    /// modules.
    ///
    /// A certificate's QR code is most of the numbers in its PDF: tracing outlines needs about a
    /// third fewer corners than one rectangle per horizontal run, and cairo prints, and zlib
    /// compresses, every one of them.
    public func darkOutlines() -> [[GridPoint]] {
        let side = size + 1
        // Boundary edges between a dark and a light module, keyed by their start corner. A corner
        // starts at most two: two where dark modules touch only diagonally.
        var first = [Direction?](repeating: nil, count: side * side)
        var second = [Direction?](repeating: nil, count: side * side)
        func addEdge(fromX x: Int, y: Int, _ direction: Direction) {
            let corner = y * side + x
            if first[corner] == nil { first[corner] = direction } else { second[corner] = direction }
        }
        for y in 0..<size {
            for x in 0..<size where isDark(x: x, y: y) {
                if !isDark(x: x, y: y - 1) { addEdge(fromX: x, y: y, .right) }
                if !isDark(x: x + 1, y: y) { addEdge(fromX: x + 1, y: y, .down) }
                if !isDark(x: x, y: y + 1) { addEdge(fromX: x + 1, y: y + 1, .left) }
                if !isDark(x: x - 1, y: y) { addEdge(fromX: x, y: y + 1, .up) }
            }
        }

        // In-degree equals out-degree at every corner, so a walk from a corner can only end back
        // there; splitting the edges into such walks keeps every module's winding number.
        var outlines: [[GridPoint]] = []
        for start in 0..<(side * side) {
            while let startDirection = first[start] {
                var loop: [GridPoint] = []
                var corner = start
                var previous: Direction? = nil
                repeat {
                    // At a diagonal touch prefer the right turn: it keeps the loop around one dark
                    // module instead of crossing over to the other.
                    let taken: Direction
                    if let previous, let other = second[corner], other == previous.turnedRight {
                        taken = other
                        second[corner] = nil
                    } else if let edge = first[corner] {
                        taken = edge
                        first[corner] = second[corner]
                        second[corner] = nil
                    } else {
                        break // not reached: the edges around every corner balance
                    }
                    if taken != previous {
                        loop.append(GridPoint(x: corner % side, y: corner / side))
                    }
                    previous = taken
                    corner += taken.step(side: side)
                } while corner != start
                // The start is no corner when the walk arrives going the way it left.
                if previous == startDirection, loop.count > 1 { loop.removeFirst() }
                outlines.append(loop)
            }
        }
        return outlines
    }
}

/// The way a boundary edge runs on the page (rows grow downwards).
private enum Direction {
    case right, down, left, up

    /// The direction after a clockwise quarter turn on the page.
    var turnedRight: Direction {
        switch self {
        case .right: return .down
        case .down: return .left
        case .left: return .up
        case .up: return .right
        }
    }

    /// How far the corner index moves along this edge on a grid `side` corners wide.
    func step(side: Int) -> Int {
        switch self {
        case .right: return 1
        case .down: return side
        case .left: return -1
        case .up: return -side
        }
    }
}

/// The renderer's typographic decisions, derived from the spec's base size, kept in one place.
struct Typography {
    let family: String
    let baseSize: Double
    let blockSpacing: Double

    /// Headings: 1.5×, 1.25×, 1.1× the base size.
    func headingSize(level: Int) -> Double {
        switch level {
        case ...1: return baseSize * 1.5
        case 2: return baseSize * 1.25
        default: return baseSize * 1.1
        }
    }

    /// Extra space above a heading, so sections read as sections.
    func headingSpaceBefore(level: Int) -> Double {
        blockSpacing + baseSize * (level <= 1 ? 0.5 : 0.25)
    }

    /// Room a heading needs below it on its page (about two body lines) to avoid a heading
    /// stranded at the bottom of a page with its content on the next.
    var headingKeepWithNext: Double { baseSize * 2.8 }

    var footerSize: Double { baseSize * 0.8 }
    /// Gap between the last content line and the page-number line.
    var footerGap: Double { baseSize * 0.75 }

    let cellPaddingX = 4.0
    let cellPaddingY = 3.0
    let gridLineWidth = 0.5
    let headerShade = DocumentColor.gray(0.92)

    /// Label column share of a key-value list and the gap between the columns.
    let keyValueLabelFraction = 0.35
    let keyValueColumnGap = 8.0
    var keyValueRowGap: Double { baseSize * 0.25 }

    /// Signature row columns: role | line to sign on | name.
    let signatureRoleFraction = 0.40
    let signatureLineFraction = 0.30
    let signatureColumnGap = 8.0
    /// Space above each signature row: room for a handwritten signature.
    var signatureRowGap: Double { baseSize * 1.8 }
    let signatureLineWidth = 0.6

    let ruleWidth = 0.75

    func font(size: Double? = nil, style: FontStyle = .regular) -> FontRequest {
        FontRequest(family: family, size: size ?? baseSize, style: style)
    }
}

/// The printable area of every page, in page coordinates.
struct ContentFrame {
    let left: Double
    let top: Double
    let width: Double
    /// Lowest y that content may reach (above the footer when page numbers are on).
    let bottom: Double

    var height: Double { bottom - top }
}

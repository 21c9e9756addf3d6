import Foundation
import TanbaDocuments

/// Documents shared by several tests.
enum Fixtures {
    static let russianHeading = "ПРИКАЗ о зачислении"
    static let kazakhParagraph = "Оңтүстік Қазақстан медицина академиясы — Әлия Қанатқызы Нұрланова"
    /// Every letter specific to Kazakh Cyrillic, both cases. Unspaced: `pdftotext -layout` snaps
    /// text to a character grid and drops the narrow spaces between single-letter words.
    static let kazakhAlphabetLine = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
    static let englishLine = "Official certificate of enrollment for the 2025/2026 academic year"

    /// A short enrollment order in Russian, Kazakh and English.
    static func enrollmentOrder() -> PDFDocumentSpec {
        PDFDocumentSpec(
            metadata: DocumentMetadata(title: "Приказ о зачислении № 12-К", author: "Tanba"),
            blocks: [
                .heading(russianHeading, level: 1),
                .paragraph("г. Шымкент, 1 сентября 2025 г.", alignment: .right),
                .paragraph(kazakhParagraph),
                .paragraph(kazakhAlphabetLine, style: .bold),
                .paragraph(englishLine, style: .italic),
                .keyValue([
                    (label: "Студент", value: "Нұрланова Әлия Қанатқызы"),
                    (label: "ИИН", value: "050101650123"),
                    (label: "Программа", value: "6B10101 Общая медицина"),
                ]),
                .horizontalRule,
                .signatures([
                    SignatureLine(role: "Ректор", name: "А. Б. Сейткали"),
                    SignatureLine(role: "Декан факультета", name: "Ғ. Ү. Һәмитова"),
                ]),
            ]
        )
    }

    /// Label of body row `index` (1-based) of ``longTable(rows:)``.
    static func rowLabel(_ index: Int) -> String {
        "STU-" + String(format: "%04d", index)
    }

    static let tableTitles = ["№", "Student ID", "Full name / Аты-жөні", "Credits"]

    /// A transcript-like table long enough to span several pages.
    static func longTable(rows count: Int) -> PDFDocumentSpec {
        let columns = [
            TableColumn(tableTitles[0], widthFraction: 0.08, alignment: .right),
            TableColumn(tableTitles[1], widthFraction: 0.22),
            TableColumn(tableTitles[2], widthFraction: 0.52),
            TableColumn(tableTitles[3], widthFraction: 0.18, alignment: .center),
        ]
        let rows = (1...count).map { index in
            [String(index), rowLabel(index), "Студент \(index) Қанатұлы", String(index % 7 + 3)]
        }
        return PDFDocumentSpec(
            baseFontSize: 11,
            blocks: [
                .heading("Ведомость / Transcript", level: 2),
                .table(columns: columns, rows: rows),
            ]
        )
    }
}

extension String {
    /// Non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}

import Foundation

/// The broad field of education a program belongs to, by its two-digit code in Kazakhstan's
/// classifier of training directions (after ISCED-F 2013): «06 Информационно-коммуникационные
/// технологии». Programs store the field as typed; its code lets pages name it in each language.
public enum FieldOfEducation {
    /// The classifier's codes, 01-12.
    public static let codes = (1...12).map { String(format: "%02d", $0) }

    /// The code a field starts with ("06 ИКТ" → "06"), when it is one of the classifier's.
    public static func code(of field: String) -> String? {
        let digits = field.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }
        let code = digits.count == 1 ? "0" + digits : String(digits)
        return codes.contains(code) ? code : nil
    }
}

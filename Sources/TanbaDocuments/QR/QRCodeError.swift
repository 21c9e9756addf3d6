/// Why a ``QRCode`` could not be encoded.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is empty; a QR code needs at least one byte of data.
    case emptyText
    /// The text contains U+0000, which the C encoder would treat as the end of the string and
    /// silently drop everything after it.
    case containsNullCharacter
    /// The text's UTF-8 bytes do not fit in the largest symbol (version 40) at this error-correction level.
    case tooLong(byteCount: Int)
    /// libqrencode failed for another reason (the C `errno` it reported).
    case encoderFailure(errno: Int32)
    /// A ready-made code handed to a document encodes other text than the document's link.
    case mismatchedText

    /// A message suitable for logs.
    public var description: String {
        switch self {
        case .emptyText:
            return "QR code text is empty"
        case .containsNullCharacter:
            return "QR code text contains a NUL character"
        case let .tooLong(byteCount):
            return "QR code text is \(byteCount) UTF-8 bytes, more than a version 40 symbol holds at this error-correction level"
        case let .encoderFailure(code):
            return "libqrencode failed with errno \(code)"
        case .mismatchedText:
            return "the QR code does not encode the document's verification URL"
        }
    }
}

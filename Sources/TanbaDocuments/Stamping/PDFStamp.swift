import CPopplerGlib
import Foundation

/// A copy of an issued PDF with a stamp across every page («АННУЛИРОВАН 25.11.2026»): poppler
/// reads the stored document back onto a cairo PDF surface and the stamp is drawn over it. The
/// stored bytes are never touched; a revoked certificate is served as such a copy.
public enum PDFStamp {
    /// Why a stamped copy could not be made.
    public enum Failure: Error, Equatable {
        case unreadablePDF
        case pageFailed
        case cairoFailed
    }

    /// The stamped copy; blocking (a page takes a few milliseconds), so call it off the event loop.
    public static func stamped(_ pdf: Data, headline: String, detail: String) throws -> Data {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = pdf.withUnsafeBytes { raw -> Int32 in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return -1 }
            return tanba_stamp_pdf(base, raw.count, headline, detail, &output, &length)
        }
        switch status {
        case 0: break
        case -1: throw Failure.unreadablePDF
        case -2: throw Failure.pageFailed
        default: throw Failure.cairoFailed
        }
        guard let output else { throw Failure.cairoFailed }
        defer { free(output) }
        return Data(bytes: output, count: length)
    }

    private static let queue = DispatchQueue(label: "tanba.pdf-stamp", attributes: .concurrent)

    /// The same, on a queue of its own.
    public static func stamped(_ pdf: Data, headline: String, detail: String) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try stamped(pdf, headline: headline, detail: detail) }) }
        }
    }
}

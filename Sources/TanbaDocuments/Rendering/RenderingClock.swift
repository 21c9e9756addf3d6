import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time spent rendering, for benchmarks and metrics: wall-clock time of a render says little
/// when more renders run than there are cores.
public enum RenderingClock {
    /// CPU seconds the calling thread has used so far.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// CPU seconds all PDF renders of this process have used, summed over threads.
    public static var pdfCPUSeconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return spent
    }

    static func add(_ seconds: Double) {
        lock.lock()
        spent += seconds
        lock.unlock()
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var spent: Double = 0
}

import CMallocTuning

/// Allocator settings for the `tanba` process.
enum MemoryTuning {
    /// Lets glibc keep up to 4 MiB of freed memory at the top of a heap instead of the default 128 KiB.
    ///
    /// Every PDF stream cairo compresses allocates and frees about 256 KiB of zlib state. With the
    /// default threshold glibc hands that memory back to the kernel after each document and
    /// faults it in again for the next, which cost 1.1 s of system time per 1,000 issued
    /// certificates; with 4 MiB it is 0.7 s and the peak resident size is unchanged
    /// (docs/performance.md).
    static func apply() {
        _ = tanba_set_trim_threshold(4 << 20)
    }
}

// Per-thread state for the kernels: a reusable scratch buffer and a thread limit.
//
// Matrix multiply packs panels of its operands into scratch memory. Allocating that per
// call would cost a malloc/free (for blocks this size, an mmap and page faults) on every
// product, and a shared pool would need a lock; one buffer per thread needs neither, and
// the threads that use it (the caller's and Dispatch's workers) live long. The buffer is
// kept in POSIX thread-specific storage and freed when its thread ends.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernels' state for the calling thread. Only that thread touches it.
public final class KernelThreadState {
    private var buffer: UnsafeMutableRawPointer?
    private var capacity = 0

    /// The most threads a kernel called from this thread may use, or nil to use the
    /// process-wide default. Set through the dispatcher's `withThreadLimit`.
    public var threadLimit: Int?

    init() {}

    deinit { buffer.map { free($0) } }

    /// This thread's state, created on first use.
    public static var current: KernelThreadState {
        if let raw = pthread_getspecific(threadStateKey.key) {
            return Unmanaged<KernelThreadState>.fromOpaque(raw).takeUnretainedValue()
        }
        let state = KernelThreadState()
        pthread_setspecific(threadStateKey.key, Unmanaged.passRetained(state).toOpaque())
        return state
    }

    /// Scratch memory for `count` doubles, aligned to 64 bytes (a cache line, and a whole
    /// AVX-512 register). It stays valid until the next call on this thread; its contents
    /// are not kept. Grows, never shrinks.
    public func scratch(doubles count: Int) -> UnsafeMutablePointer<Double> {
        let bytes = max(count, 1) * MemoryLayout<Double>.stride
        if bytes > capacity {
            buffer.map { free($0) }
            var fresh: UnsafeMutableRawPointer?
            // Rounded up to a page, so a slightly larger next request does not reallocate.
            let rounded = (bytes + 4095) & ~4095
            guard posix_memalign(&fresh, 64, rounded) == 0, let fresh else {
                fatalError("kernels: out of memory for \(rounded) bytes of scratch")
            }
            buffer = fresh
            capacity = rounded
        }
        return buffer!.bindMemory(to: Double.self, capacity: capacity / MemoryLayout<Double>.stride)
    }
}

/// The POSIX key under which each thread's state is kept; made once, never deleted.
private struct ThreadStateKey: @unchecked Sendable {
    var key = pthread_key_t()

    init() {
        // Runs when a thread that used the kernels ends.
        #if canImport(Darwin)
        let release: @convention(c) (UnsafeMutableRawPointer) -> Void = { raw in
            Unmanaged<KernelThreadState>.fromOpaque(raw).release()
        }
        #else
        let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
            if let raw { Unmanaged<KernelThreadState>.fromOpaque(raw).release() }
        }
        #endif
        guard pthread_key_create(&key, release) == 0 else {
            fatalError("kernels: no POSIX thread-specific key left")
        }
    }
}

private let threadStateKey = ThreadStateKey()

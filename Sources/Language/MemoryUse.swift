import Engine
#if canImport(Glibc)
import Glibc

// glibc's `malloc_trim(size_t pad)` from <malloc.h>, which the Glibc module does not
// export; a plain C function, so declaring its symbol is enough.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif

/// How much memory the process holds, for the interpreter's memory limit.
///
/// The element budget bounds each allocation, but a loop of small ones (`push!(v, [i])`,
/// `d[i] = i`) grew until the kernel killed the process and took the learner's work
/// with it. Resident memory, read now and then, bounds them all with one rule.
enum MemoryUse {
    /// Resident bytes of this process, from `/proc/self/statm`; nil where it cannot be read.
    static func residentBytes() -> Int? {
        #if os(Linux)
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        // "size resident shared ...", in pages.
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * sysconf(Int32(_SC_PAGESIZE))
        #else
        return nil
        #endif
    }

    /// Resident bytes after handing freed memory back to the system: the allocator
    /// keeps what a program freed (`v = nothing`), which would otherwise still count.
    static func residentBytesAfterTrimming() -> Int? {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
        return residentBytes()
    }

    /// Half the machine's memory: the default limit.
    static var defaultLimit: Int {
        #if os(Linux)
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        if pages > 0 && size > 0 { return pages / 2 * size }
        #endif
        return 8 << 30
    }
}

/// Bytes in the units a learner reads: "11.5 GB", "310 MB".
func memoryText(_ bytes: Int) -> String {
    let gigabytes = Double(bytes) / 1e9
    if gigabytes >= 1 { return formatFloat((gigabytes * 10).rounded() / 10) + " GB" }
    return String(Int((Double(bytes) / 1e6).rounded())) + " MB"
}

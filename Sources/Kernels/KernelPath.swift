// Which build of the kernels runs: chosen once per process from the CPU and the
// RNNLAB_KERNELS environment variable.

import CPUFeatures

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One build of the kernels, by the instructions its code may use.
public enum KernelPath: String, CaseIterable, Sendable, Comparable {
    /// Baseline x86-64 (SSE2) or arm64 (NEON) code; runs everywhere.
    case portable
    /// Compiled for Haswell: AVX2 and FMA, four doubles per register.
    case avx2
    /// Compiled for Skylake-AVX512: eight doubles per register.
    case avx512

    public static func < (lhs: KernelPath, rhs: KernelPath) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The paths this CPU and operating system can run, from worst to best. On anything but
/// x86-64 that is only `.portable` (the AVX modules there are portable code too).
public let supportedPaths: [KernelPath] = {
    var paths: [KernelPath] = [.portable]
    #if arch(x86_64)
    if rnnlab_cpu_runs_haswell_code() != 0 { paths.append(.avx2) }
    if rnnlab_cpu_runs_skylake_avx512_code() != 0 { paths.append(.avx512) }
    #endif
    return paths
}()

/// The path every kernel call in this process takes: the best supported one, unless
/// RNNLAB_KERNELS names another. Decided on first use (thread-safe, as every Swift
/// global is initialised once) and fixed from then on.
public var activePath: KernelPath { chosenPath }

private let chosenPath: KernelPath = {
    let choice = choosePath(requested: environmentValue("RNNLAB_KERNELS"), supported: supportedPaths)
    if let note = choice.note {
        let line = "rnnlab: \(note)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }
    return choice.path
}()

/// The path for a request (the environment variable's value, nil when unset) given the
/// supported paths, with a one-line note when the request cannot be honoured. An
/// unsupported or unknown request falls back to the best supported path: forcing a path
/// is for testing and measuring, and never a reason to stop the program.
func choosePath(requested: String?, supported: [KernelPath]) -> (path: KernelPath, note: String?) {
    let best = supported.max() ?? .portable
    guard let requested, !requested.isEmpty else { return (best, nil) }
    guard let path = KernelPath(rawValue: requested.lowercased()) else {
        let known = KernelPath.allCases.map(\.rawValue).joined(separator: ", ")
        return (best, "RNNLAB_KERNELS=\(requested) is not one of \(known); using \(best.rawValue)")
    }
    guard supported.contains(path) else {
        return (best, "RNNLAB_KERNELS=\(requested): this CPU cannot run that code; using \(best.rawValue)")
    }
    return (path, nil)
}

func environmentValue(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}

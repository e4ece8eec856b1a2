#if canImport(Kernels)
import Kernels

/// Which build of the matrix kernels runs (RNNLAB_KERNELS may force one) and how many
/// threads a kernel call may use (RNNLAB_THREADS), reported beside every timing.
func kernelFields() -> [String: JSONValue] {
    ["kernels": .string(Kernels.activePath.rawValue), "threads": .number(Double(Kernels.threadLimit))]
}
#else
/// An engine without the Kernels module has one matrix path and no threads to report.
func kernelFields() -> [String: JSONValue] { [:] }
#endif

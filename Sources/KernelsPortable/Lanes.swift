// The vector type and multiply-add these kernels are built on.
//
// This folder is compiled four times: as KernelsPortable with no special flags, and,
// through symbolic links, as KernelsAVX2 (`-target-cpu haswell`), KernelsAVX512
// (`-target-cpu skylake-avx512`) and, for the tests only, KernelsEightLanes (the AVX-512
// build's eight lanes for any CPU). The manifest defines KERNELS_AVX2 or KERNELS_AVX512
// and KERNELS_FMA for the AVX builds, on x86-64 only (elsewhere they are this portable
// code), and KERNELS_AVX512 alone for KernelsEightLanes.

#if KERNELS_AVX512
/// One AVX-512 register of doubles.
typealias Lane = SIMD8<Double>
#elseif KERNELS_AVX2
/// One AVX register of doubles.
typealias Lane = SIMD4<Double>
#else
/// One SSE2 or NEON register of doubles, the widest every x86-64 and arm64 CPU has.
typealias Lane = SIMD2<Double>
#endif

/// How many doubles one vector of this build holds (2, 4 or 8); tests read it to check
/// that each module was compiled the way the manifest says.
public let laneWidth = Lane.scalarCount

/// Whether this build multiplies and adds in one fused instruction.
///
/// `addingProduct` on a target without FMA calls libm's `fma` (ten times slower than a
/// multiply and an add), so the portable x86-64 build multiplies and adds separately;
/// every arm64 CPU has a fused multiply-add.
#if KERNELS_FMA || arch(arm64)
public let fusesMultiplyAdd = true
#else
public let fusesMultiplyAdd = false
#endif

/// `sum + a * b`, fused where the target has the instruction.
@inline(__always)
func multiplyAdd(_ sum: Lane, _ a: Lane, _ b: Lane) -> Lane {
    #if KERNELS_FMA || arch(arm64)
    return sum.addingProduct(a, b)
    #else
    return sum + a * b
    #endif
}

/// `sum + a * b` on scalars, fused where the target has the instruction.
@inline(__always)
func multiplyAdd(_ sum: Double, _ a: Double, _ b: Double) -> Double {
    #if KERNELS_FMA || arch(arm64)
    return sum.addingProduct(a, b)
    #else
    return sum + a * b
    #endif
}

/// Reads a vector starting at `pointer`; kernels take arbitrary leading dimensions, so
/// nothing is assumed about alignment (unaligned loads cost nothing extra on aligned data).
@inline(__always)
func load(_ pointer: UnsafePointer<Double>) -> Lane {
    UnsafeRawPointer(pointer).loadUnaligned(as: Lane.self)
}

@inline(__always)
func store(_ value: Lane, _ pointer: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Lane.self)
}

/// Writes `alpha * value + beta * old` over `pointer`, as BLAS does: with beta zero the
/// old contents are never read, so NaN or uninitialised memory there does not leak out.
@inline(__always)
func update(_ pointer: UnsafeMutablePointer<Double>, alpha: Double, _ value: Lane, beta: Double) {
    let scaled = value * Lane(repeating: alpha)
    if beta == 0 {
        store(scaled, pointer)
    } else {
        store(multiplyAdd(scaled, load(UnsafePointer(pointer)), Lane(repeating: beta)), pointer)
    }
}

/// The scalar form of `update`.
@inline(__always)
func update(_ pointer: UnsafeMutablePointer<Double>, alpha: Double, _ value: Double, beta: Double) {
    pointer.pointee = beta == 0 ? alpha * value : multiplyAdd(alpha * value, pointer.pointee, beta)
}

/// Whether any lane of `mask` is set. The standard library's `any` reduces the mask's
/// integer storage with `min()`, a generic that the AVX-512 build emits out of line as
/// a weak symbol, which the linker could then share with callers on older CPUs (see
/// .ci/test's symbol check); lane by lane it stays inline.
@inline(__always)
func anySet(_ mask: SIMDMask<Lane.MaskStorage>) -> Bool {
    for k in 0..<Lane.scalarCount where mask[k] { return true }
    return false
}

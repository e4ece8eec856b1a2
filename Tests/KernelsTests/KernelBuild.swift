// The kernel builds under test, each reached directly through its own module rather than
// through the dispatcher, so every build this CPU can run is checked whatever path the
// dispatcher would choose.

import CPUFeatures
import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsEightLanes
import KernelsPortable
import Testing

/// One build's entry points, as plain function values.
struct KernelBuild: Sendable, CustomTestStringConvertible {
    typealias Gemm = @Sendable (
        _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int, _ alpha: Double,
        _ a: UnsafePointer<Double>, _ lda: Int, _ b: UnsafePointer<Double>, _ ldb: Int,
        _ beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int
    ) -> Void
    typealias Gemv = @Sendable (
        _ trans: Bool, _ m: Int, _ n: Int, _ alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int,
        _ x: UnsafePointer<Double>, _ beta: Double, _ y: UnsafeMutablePointer<Double>
    ) -> Void
    typealias Ger = @Sendable (
        _ m: Int, _ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>,
        _ a: UnsafeMutablePointer<Double>, _ lda: Int
    ) -> Void

    let path: KernelPath
    let gemm: Gemm
    let gemv: Gemv
    let ger: Ger
    let dot: @Sendable (_ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>) -> Double
    let axpy: @Sendable (_ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) -> Void
    /// The module's own `laneWidth` and `fusesMultiplyAdd`, read only where it can run.
    let laneWidth: @Sendable () -> Int
    let fusesMultiplyAdd: @Sendable () -> Bool

    var testDescription: String { path.rawValue }

    /// Whether this CPU can run the build; running one it cannot would stop the whole test
    /// run with an illegal instruction.
    var runsHere: Bool { supportedPaths.contains(path) }

    /// The public API, which hands each call to the active path's build.
    static let dispatcher = KernelBuild(
        path: activePath,
        gemm: { Kernels.gemm(transA: $0, transB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8, ldb: $9, beta: $10, c: $11, ldc: $12) },
        gemv: { Kernels.gemv(trans: $0, m: $1, n: $2, alpha: $3, a: $4, lda: $5, x: $6, beta: $7, y: $8) },
        ger: { Kernels.ger(m: $0, n: $1, alpha: $2, x: $3, y: $4, a: $5, lda: $6) },
        dot: { Kernels.dot(n: $0, x: $1, y: $2) },
        axpy: { Kernels.axpy(n: $0, alpha: $1, x: $2, y: $3) },
        laneWidth: { 0 },
        fusesMultiplyAdd: { false }
    )

    static func named(_ path: KernelPath) -> KernelBuild { all.first { $0.path == path }! }

    /// The AVX-512 build's sources compiled for any CPU (eight lanes, no FMA on x86-64):
    /// runs everywhere, so the eight-lane tiles and tails are tested on every machine.
    static let eightLanes = KernelBuild(
            path: .portable,
            gemm: { KernelsEightLanes.gemm(transA: $0, transB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8, ldb: $9, beta: $10, c: $11, ldc: $12) },
            gemv: { KernelsEightLanes.gemv(trans: $0, m: $1, n: $2, alpha: $3, a: $4, lda: $5, x: $6, beta: $7, y: $8) },
            ger: { KernelsEightLanes.ger(m: $0, n: $1, alpha: $2, x: $3, y: $4, a: $5, lda: $6) },
            dot: { KernelsEightLanes.dot(n: $0, x: $1, y: $2) },
            axpy: { KernelsEightLanes.axpy(n: $0, alpha: $1, x: $2, y: $3) },
            laneWidth: { KernelsEightLanes.laneWidth },
            fusesMultiplyAdd: { KernelsEightLanes.fusesMultiplyAdd }
        )

    static let all: [KernelBuild] = [
        KernelBuild(
            path: .portable,
            gemm: { KernelsPortable.gemm(transA: $0, transB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8, ldb: $9, beta: $10, c: $11, ldc: $12) },
            gemv: { KernelsPortable.gemv(trans: $0, m: $1, n: $2, alpha: $3, a: $4, lda: $5, x: $6, beta: $7, y: $8) },
            ger: { KernelsPortable.ger(m: $0, n: $1, alpha: $2, x: $3, y: $4, a: $5, lda: $6) },
            dot: { KernelsPortable.dot(n: $0, x: $1, y: $2) },
            axpy: { KernelsPortable.axpy(n: $0, alpha: $1, x: $2, y: $3) },
            laneWidth: { KernelsPortable.laneWidth },
            fusesMultiplyAdd: { KernelsPortable.fusesMultiplyAdd }
        ),
        KernelBuild(
            path: .avx2,
            gemm: { KernelsAVX2.gemm(transA: $0, transB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8, ldb: $9, beta: $10, c: $11, ldc: $12) },
            gemv: { KernelsAVX2.gemv(trans: $0, m: $1, n: $2, alpha: $3, a: $4, lda: $5, x: $6, beta: $7, y: $8) },
            ger: { KernelsAVX2.ger(m: $0, n: $1, alpha: $2, x: $3, y: $4, a: $5, lda: $6) },
            dot: { KernelsAVX2.dot(n: $0, x: $1, y: $2) },
            axpy: { KernelsAVX2.axpy(n: $0, alpha: $1, x: $2, y: $3) },
            laneWidth: { KernelsAVX2.laneWidth },
            fusesMultiplyAdd: { KernelsAVX2.fusesMultiplyAdd }
        ),
        KernelBuild(
            path: .avx512,
            gemm: { KernelsAVX512.gemm(transA: $0, transB: $1, m: $2, n: $3, k: $4, alpha: $5, a: $6, lda: $7, b: $8, ldb: $9, beta: $10, c: $11, ldc: $12) },
            gemv: { KernelsAVX512.gemv(trans: $0, m: $1, n: $2, alpha: $3, a: $4, lda: $5, x: $6, beta: $7, y: $8) },
            ger: { KernelsAVX512.ger(m: $0, n: $1, alpha: $2, x: $3, y: $4, a: $5, lda: $6) },
            dot: { KernelsAVX512.dot(n: $0, x: $1, y: $2) },
            axpy: { KernelsAVX512.axpy(n: $0, alpha: $1, x: $2, y: $3) },
            laneWidth: { KernelsAVX512.laneWidth },
            fusesMultiplyAdd: { KernelsAVX512.fusesMultiplyAdd }
        ),
    ]
}

extension KernelPath {
    /// What a CPU needs for this path, for skip messages.
    var missingFeatures: String {
        switch self {
        case .portable: "nothing"
        case .avx2: "needs AVX2, FMA, BMI1/2, LZCNT, MOVBE, F16C with OS-saved YMM state"
        case .avx512: "needs AVX-512 F/CD/BW/DQ/VL with OS-saved ZMM and mask state"
        }
    }
}

// Every kernel build this CPU can run, checked directly; the others are skipped with the
// reason.

import Kernels
import KernelsEightLanes
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Kernel builds, each called directly")
struct BuildTests {
    @Test("portable build")
    func portable() { checkEverything(.named(.portable)) }

    @Test(
        "AVX2+FMA build (-target-cpu haswell)",
        .enabled(
            if: KernelBuild.named(.avx2).runsHere,
            "this CPU lacks AVX2, FMA, BMI1/2, LZCNT, MOVBE or F16C (or the OS does not save YMM state)")
    )
    func avx2() { checkEverything(.named(.avx2)) }

    @Test(
        "AVX-512 build (-target-cpu skylake-avx512)",
        .enabled(
            if: KernelBuild.named(.avx512).runsHere,
            "this CPU lacks AVX-512 F/CD/BW/DQ/VL (or the OS does not save ZMM state); its code would trap")
    )
    func avx512() { checkEverything(.named(.avx512)) }

    @Test("the AVX-512 build's eight-lane logic, compiled for any CPU")
    func eightLaneLogic() {
        let build = KernelBuild.eightLanes
        #expect(build.laneWidth() == 8)
        checkVectorKernels(build)
        checkRankOneUpdate(build)
        checkMatrixVector(build)
        checkMatrixMultiply(build)
        checkEightLaneActivations()
    }

    /// The eight-lane build's activations against libm, with the bounds and edge cases of
    /// ElementwiseKernelTests (which covers the three dispatched builds).
    func checkEightLaneActivations() {
        var random = TestRandom(seed: 17)
        var points = ElementwiseKernelTests.edges
        for scale in [1e-6, 0.2, 1, 5, 30, 800] { points += random.values(5_001).map { $0 * scale } }
        let functions: [(String, (Int, UnsafeMutablePointer<Double>) -> Void, (Double) -> Double, Double)] = [
            ("exp", { KernelsEightLanes.expInPlace(n: $0, $1) }, { exp($0) }, 2),
            ("tanh", { KernelsEightLanes.tanhInPlace(n: $0, $1) }, { tanh($0) }, 5),
            ("sigmoid", { KernelsEightLanes.sigmoidInPlace(n: $0, $1) }, ElementwiseKernelTests.sigmoid, 3),
        ]
        for (name, function, reference, bound) in functions {
            var values = points
            values.withUnsafeMutableBufferPointer { function($0.count, $0.baseAddress!) }
            let worst = zip(values, points).map { ElementwiseKernelTests.ulps($0, reference($1)) }.max() ?? 0
            #expect(worst <= bound, "eight-lane \(name): \(worst) ulp")
        }
    }

    func checkEverything(_ build: KernelBuild) {
        checkCompiledAsDeclared(build)
        checkVectorKernels(build)
        checkRankOneUpdate(build)
        checkMatrixVector(build)
        checkMatrixMultiply(build)
    }

    /// The manifest's flags reached the build: its vector width and fused multiply-add.
    func checkCompiledAsDeclared(_ build: KernelBuild) {
        #if arch(x86_64)
        let expected: [KernelPath: (Int, Bool)] = [.portable: (2, false), .avx2: (4, true), .avx512: (8, true)]
        #else
        let expected: [KernelPath: (Int, Bool)] = [.portable: (2, true), .avx2: (2, true), .avx512: (2, true)]
        #endif
        #expect(build.laneWidth() == expected[build.path]!.0, "\(build.path) vector width")
        #expect(build.fusesMultiplyAdd() == expected[build.path]!.1, "\(build.path) fused multiply-add")
    }
}

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

import Engine
import LinearAlgebra

/// Linear-algebra benchmarks: eigenvalues (the lesson's workhorse), eigenvectors and
/// singular values, beside numpy.linalg on the same matrices.
func linearAlgebraCases() throws -> [BenchCase] {
    let a100 = try benchmarkMatrix(100), a300 = try benchmarkMatrix(300)
    let symmetric100 = try a100 + (try a100.transposed())
    return [
        BenchCase(name: "eigvals_100", flops: nil) { _ = try eigvals(a100) },
        BenchCase(name: "eigvals_300", flops: nil) { _ = try eigvals(a300) },
        BenchCase(name: "eigen_100", flops: nil) { _ = try eigen(a100) },
        BenchCase(name: "svdvals_100", flops: nil) { _ = try svdvals(a100) },
        BenchCase(name: "symmetric_eigen_100", flops: nil) { _ = try symmetricEigen(symmetric100) },
    ]
}

/// An n×n matrix of uniform numbers in [-0.5, 0.5) from a 64-bit linear congruential
/// generator, which bench/numpy_reference.py reproduces bit for bit (a formula in the
/// index alone, as matmul_256 uses, would give a matrix of low rank).
func benchmarkMatrix(_ n: Int) throws -> Tensor {
    var state: UInt64 = 20_261_127
    return try Tensor.generate(shape: [n, n]) { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53 - 0.5
    }
}

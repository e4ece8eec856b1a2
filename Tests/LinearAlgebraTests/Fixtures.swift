import ComplexModule
import Engine
import Foundation
import RealModule
@testable import LinearAlgebra

/// The numpy/LAPACK reference results written by Fixtures/make_fixtures.py.
struct ReferenceFile: Decodable {
    struct Eigen: Decodable {
        let name: String, n: Int, matrix: [Double], real: [Double], imaginary: [Double]
        let tolerance: Double, note: String
    }
    struct SVD: Decodable {
        let name: String, rows: Int, columns: Int, matrix: [Double], values: [Double], note: String
    }
    struct Symmetric: Decodable {
        let name: String, n: Int, matrix: [Double], values: [Double]
    }
    struct LU: Decodable {
        let name: String, n: Int, matrix: [Double], det: Double, inverse: [Double], rhs: [Double], solution: [Double]
    }
    struct LeastSquares: Decodable {
        let name: String, rows: Int, columns: Int, matrix: [Double], rhs: [Double], solution: [Double]
    }
    /// Eigenvalues of a matrix too large to store, rebuilt by `benchmarkMatrix`.
    struct GeneratedEigen: Decodable {
        let name: String, n: Int, seed: UInt64, real: [Double], imaginary: [Double]
    }
    let eigen: [Eigen]
    let svd: [SVD]
    let symmetric: [Symmetric]
    let lu: [LU]
    let leastSquares: [LeastSquares]
    let generatedEigen: [GeneratedEigen]

    enum CodingKeys: String, CodingKey {
        case eigen, svd, symmetric, lu, leastSquares = "least_squares", generatedEigen = "generated_eigen"
    }

    /// Read once and shared by every test.
    static let shared: ReferenceFile = {
        guard let url = Bundle.module.url(forResource: "Fixtures/linear_algebra", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(ReferenceFile.self, from: data)
        else { return ReferenceFile(eigen: [], svd: [], symmetric: [], lu: [], leastSquares: [], generatedEigen: []) }
        return file
    }()
}

func square(_ n: Int, _ scalars: [Double]) throws -> Tensor { try Tensor(shape: [n, n], scalars: scalars) }

/// The n×n matrix (column-major) of rnnlab-bench and make_fixtures.py: uniform numbers
/// in [-0.5, 0.5) from a 64-bit linear congruential generator.
func benchmarkMatrix(_ n: Int, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<(n * n)).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53 - 0.5
    }
}

/// Sorts eigenvalues for comparison: by real part, and by imaginary part among values
/// whose real parts agree to `tolerance`. Used on both our and numpy's values, so
/// rounding-level differences in real parts cannot reorder pairs differently.
func comparisonOrder(_ values: [Complex<Double>], tolerance: Double) -> [Complex<Double>] {
    let byReal = values.sorted { $0.real < $1.real }
    var result: [Complex<Double>] = []
    var cluster: [Complex<Double>] = []
    for v in byReal {
        if let last = cluster.last, v.real - last.real > tolerance {
            result += cluster.sorted { $0.imaginary < $1.imaginary }
            cluster = []
        }
        cluster.append(v)
    }
    return result + cluster.sorted { $0.imaginary < $1.imaginary }
}

/// The worst relative difference |λ − μ| / |μ| between two lists of eigenvalues,
/// matched in `comparisonOrder`; an exactly zero μ is compared absolutely against
/// `scale` (the matrix's norm) instead, as no relative error exists.
func worstRelativeError(_ ours: [Complex<Double>], _ theirs: [Complex<Double>], scale: Double) -> Double {
    let orderTolerance = 1e-7 * max(scale, Double.leastNormalMagnitude)
    let a = comparisonOrder(ours, tolerance: orderTolerance)
    let b = comparisonOrder(theirs, tolerance: orderTolerance)
    var worst = a.count == b.count ? 0.0 : Double.infinity
    for (x, y) in zip(a, b) {
        let denominator = y.length > 0 ? y.length : scale
        let error = denominator > 0 ? (x - y).length / denominator : (x - y).length
        worst = max(worst, error)
    }
    return worst
}

/// Largest entry of |x|, the scale against which absolute errors are judged.
func maxAbs(_ x: [Double]) -> Double { x.reduce(0) { max($0, abs($1)) } }

/// Frobenius norm of an array of numbers.
func norm2(_ x: [Double]) -> Double { x.reduce(0) { $0 + $1 * $1 }.squareRoot() }

/// The worst error of each kind seen by the tests, printed at the end of each test so
/// the figures in reports are measured ones.
func report(_ label: String, _ value: Double) {
    print("measured: \(label) = \(String(format: "%.3g", value))")
}

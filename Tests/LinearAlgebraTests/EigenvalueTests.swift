import ComplexModule
import Engine
import Foundation
import RealModule
import Testing
@testable import LinearAlgebra

@Suite struct EigenvalueTests {
    @Test func fixtureHoldsTheRequiredCases() {
        let cases = ReferenceFile.shared.eigen
        #expect(cases.count >= 30)
        #expect(cases.contains { $0.n == 1 } && cases.contains { $0.n == 200 })
        #expect(cases.contains { $0.imaginary.contains { $0 != 0 } })
    }

    /// Every fixture matrix: same eigenvalues as numpy, sorted the same way, each to
    /// 1e-9 relative (|λ − μ| ≤ 1e-9·|μ|). An exactly zero reference eigenvalue is
    /// compared absolutely against 1e-9·‖W‖_F instead, as no relative error exists.
    /// The one looser case, 1e-4 for the 3×3 Jordan block under similarity: an
    /// eigenvalue of multiplicity 3 with one eigenvector moves by about eps^(1/3) ≈
    /// 6e-6 under perturbations of size eps, so numpy's value and ours may each sit
    /// that far from the exact 2 (measured: 8.4e-7 apart; 4.0e-6 since the Hessenberg
    /// reduction applies each reflection in two passes and rounds differently). The
    /// tolerance is the fixture's `tolerance` field, written with this reason in its
    /// `note`.
    @Test(arguments: ReferenceFile.shared.eigen.map(\.name))
    func eigenvaluesMatchNumpy(name: String) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == name })
        let w = try square(reference.n, reference.matrix)
        let ours = try eigvals(w)
        #expect(ours.count == reference.n)
        let theirs = zip(reference.real, reference.imaginary).map { Complex($0, $1) }
        let worst = worstRelativeError(ours, theirs, scale: norm2(reference.matrix))
        #expect(worst <= reference.tolerance, "\(name): worst relative error \(worst)")
        report("eigenvalue relative error, \(name)", worst)
    }

    @Test func conjugatePairsAreAdjacentAndExact() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 50" })
        let values = try eigvals(try square(50, reference.matrix))
        var k = 0
        var pairs = 0
        while k < values.count {
            if values[k].imaginary != 0 {
                #expect(k + 1 < values.count)
                guard k + 1 < values.count else { break }
                #expect(values[k + 1] == values[k].conjugate)
                #expect(values[k].imaginary < 0)
                pairs += 1
                k += 2
            } else {
                k += 1
            }
        }
        #expect(pairs > 0)
    }

    @Test func sortedByRealThenImaginary() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 100" })
        let values = try eigvals(try square(100, reference.matrix))
        for (x, y) in zip(values, values.dropFirst()) {
            #expect(x.real < y.real || (x.real == y.real && x.imaginary <= y.imaginary))
        }
    }

    /// Balancing's permutations isolate every eigenvalue of a triangular matrix (even
    /// a lower triangular one), so they are its diagonal entries, exactly.
    @Test(arguments: ["upper triangular 12", "lower triangular 9", "nilpotent strictly upper triangular 6"])
    func triangularMatricesGiveTheirDiagonalExactly(name: String) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == name })
        let n = reference.n
        let diagonal = (0..<n).map { Complex(reference.matrix[$0 + $0 * n], 0) }
        #expect(try eigvals(try square(n, reference.matrix)) == diagonal.sorted(by: eigenvalueOrder))
    }

    /// Scaling W by c scales every eigenvalue by c and leaves the eigenvectors
    /// alone. At 1e±250 products of two entries leave Double's range, which the
    /// routine must avoid; at 2^-1030 (about 1e-310) the entries are subnormal and
    /// keep only 44 of their 53 bits, still ample for 1e-9. Eigenvalues are checked
    /// to 1e-9 relative against the unscaled numpy reference; each eigenvector v of
    /// cW must satisfy ‖W v − (λ/c) v‖ ≤ 1e-12·‖W‖ with the unscaled W, which no
    /// underflow can flatter.
    @Test(arguments: [1e250, 1e-250, 0x1p-1030, 1e300, 1e-30, 1e30, 1e-100])
    func extremeScalesKeepTheirEigenpairs(scale: Double) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 10" })
        let w = try square(10, reference.matrix.map { $0 * scale })
        let ours = try eigen(w)
        let expected = zip(reference.real, reference.imaginary).map { Complex($0 * scale, $1 * scale) }
        let tolerance = 1e-7 * scale * norm2(reference.matrix)
        let a = comparisonOrder(ours.values, tolerance: tolerance), b = comparisonOrder(expected, tolerance: tolerance)
        for (x, y) in zip(a, b) { #expect((x - y).length <= 1e-9 * y.length, "\(x) vs \(y)") }
        var worst = 0.0
        for k in 0..<10 {
            let lambda = ours.values[k].divided(by: scale)
            for i in 0..<10 {
                var wv = Complex<Double>.zero
                for j in 0..<10 { wv += ours.vectors[j, k].multiplied(by: reference.matrix[i + j * 10]) }
                worst = max(worst, (wv - lambda * ours.vectors[i, k]).length)
            }
        }
        #expect(worst <= 1e-12 * norm2(reference.matrix), "scale \(scale): residual \(worst)")
    }

    /// A cyclic permutation matrix makes the plain shifted QR iteration stall (every
    /// step returns the same matrix); the exceptional shifts must break the cycle.
    /// Its eigenvalues are the n-th roots of unity. From 130 rows the multishift
    /// iteration runs, whose window shifts stall as well and need its own
    /// exceptional shifts.
    @Test(arguments: [2, 3, 4, 7, 16, 130, 200])
    func cyclicPermutationNeedsExceptionalShifts(n: Int) throws {
        var scalars = [Double](repeating: 0, count: n * n)
        for j in 0..<n { scalars[(j + 1) % n + j * n] = 1 }
        let values = try eigvals(try square(n, scalars))
        let roots = (0..<n).map { k in
            Complex(Double.cos(2 * Double.pi * Double(k) / Double(n)), Double.sin(2 * Double.pi * Double(k) / Double(n)))
        }
        let a = comparisonOrder(values, tolerance: 1e-8), b = comparisonOrder(roots, tolerance: 1e-8)
        for (x, y) in zip(a, b) { #expect((x - y).length <= 1e-13, "n = \(n): \(x) vs \(y)") }
    }

    @Test func spectralRadiusIsLargestModulus() throws {
        let rotation = try Tensor(rows: [[0, -2], [2, 0]])
        #expect(abs(try spectralRadius(rotation) - 2) <= 1e-15)
        let triangular = try Tensor(rows: [[0.5, 7], [0, -3]])
        #expect(abs(try spectralRadius(triangular) - 3) <= 1e-15)
    }

    @Test func emptyAndScalarMatrices() throws {
        #expect(try eigvals(try Tensor.zeros(0, 0)).isEmpty)
        #expect(try eigvals(Tensor(4.5)) == [Complex(4.5, 0)])
    }
}

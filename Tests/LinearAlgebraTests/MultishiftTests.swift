import ComplexModule
import Engine
import Foundation
import Testing
@testable import LinearAlgebra

/// The eigenvalue path for large matrices: multishift sweeps with aggressive early
/// deflation (blocks of `multishiftMinimumSize` rows and more), the windowed bulge
/// chase, and the swapping of Schur blocks that deflation relies on. The fixture
/// cases of 120 rows and more in `EigenvalueTests` also run through this path.
@Suite struct MultishiftTests {
    /// rnnlab-bench's 300×300 matrix, rebuilt from its generator, against numpy.
    @Test func benchmarkMatrixMatchesNumpy() throws {
        let cases = ReferenceFile.shared.generatedEigen
        #expect(cases.contains { $0.n == 300 })
        for reference in cases {
            let scalars = benchmarkMatrix(reference.n, seed: reference.seed)
            let ours = try eigvals(try square(reference.n, scalars))
            let theirs = zip(reference.real, reference.imaginary).map { Complex($0, $1) }
            let worst = worstRelativeError(ours, theirs, scale: norm2(scalars))
            #expect(worst <= 1e-9, "\(reference.name): worst relative error \(worst)")
            report("eigenvalue relative error, \(reference.name)", worst)
            // Conjugate pairs come out adjacent and exactly conjugate, as for small n.
            var k = 0
            while k < ours.count {
                guard ours[k].imaginary != 0 else { k += 1; continue }
                #expect(k + 1 < ours.count && ours[k + 1] == ours[k].conjugate, "pair at \(k)")
                k += 2
            }
        }
    }

    /// Gaussian matrices of several sizes: the multishift path and the plain
    /// double-shift iteration (an independent code path) find the same eigenvalues.
    /// Both are backward stable and these eigenvalues are well conditioned, so they
    /// agree to far better than the 1e-9 asked (measured: below 1e-12).
    @Test(arguments: [120, 171, 256])
    func agreesWithThePlainIteration(n: Int) throws {
        var rng = RandomSource(seed: UInt64(n))
        let scalars = (0..<(n * n)).map { _ in rng.normal() }
        let multishift = try eigvals(try square(n, scalars))
        let plain = try plainDoubleShiftEigenvalues(scalars, n: n)
        let worst = worstRelativeError(multishift, plain, scale: norm2(scalars))
        #expect(worst <= 1e-9, "n = \(n): worst relative difference \(worst)")
        report("multishift against plain double shift, gaussian \(n)", worst)
    }

    /// Awkward large matrices (small integers with exact ties and defective blocks,
    /// sparse ones with exact zeros, graded ones): nothing throws, the eigenvalues
    /// sum to the trace, and complex ones come in conjugate pairs.
    @Test(arguments: RandomMatrixTests.Kind.allCases)
    func awkwardLargeMatricesKeepTheTrace(kind: RandomMatrixTests.Kind) throws {
        var rng = RandomSource(seed: 7)
        var worst = 0.0
        for trial in 0..<4 {
            let n = 120 + (try rng.integer(below: 80))
            let scalars = RandomMatrixTests.matrix(kind, n: n, rng: &rng)
            let values: [Complex<Double>]
            do { values = try eigvals(try square(n, scalars)) } catch {
                Issue.record("trial \(trial), \(kind), n = \(n): \(error)")
                continue
            }
            let trace = (0..<n).reduce(0.0) { $0 + scalars[$1 + $1 * n] }
            let sum = values.reduce(Complex<Double>.zero, +)
            let error = (abs(sum.real - trace) + abs(sum.imaginary)) / max(norm2(scalars), 1e-300)
            worst = max(worst, error)
            #expect(error <= 1e-13 * Double(n), "trial \(trial), \(kind), n = \(n): Σλ − trace = \(error)")
            let positive = values.filter { $0.imaginary > 0 }.count
            #expect(positive == values.filter { $0.imaginary < 0 }.count)
        }
        report("large random \(kind): worst |Σλ − trace|/‖W‖", worst)
    }

    /// A matrix of ones has eigenvalues n and 0 (n − 1 times). Reduced to Hessenberg
    /// form it leaves blocks of rounding noise, which the iteration splits into
    /// ever tinier ones (entries near 1e-164 and 1e-320 were seen); there the shift
    /// products underflowed and the subnormal blocks never split, so the iteration
    /// ran out of steps (before these fixes at n = 110, 116, 117, 150, 208 and more).
    @Test(arguments: [110, 116, 117, 150, 208, 219, 254])
    func matrixOfOnes(n: Int) throws {
        let values = try eigvals(try square(n, [Double](repeating: 1, count: n * n)))
        let largest = try #require(values.last)
        #expect(abs(largest.real - Double(n)) <= 1e-12 * Double(n) && largest.imaginary == 0)
        let worst = values.dropLast().reduce(0) { max($0, $1.length) }
        #expect(worst <= 1e-12 * Double(n), "n = \(n): largest of the zero eigenvalues \(worst)")
    }

    /// The multishift driver honours the iteration budget like the plain one.
    @Test func iterationLimitIsAnError() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 150" })
        let h = HessenbergReduction(Matrix(rows: 150, columns: 150, data: reference.matrix)).hessenberg
        #expect(throws: LinearAlgebraError.noConvergence(operation: "eigvals (QR algorithm)", iterations: 3)) {
            try RealSchur(hessenberg: h, iterationLimit: 3)
        }
    }

    /// One aggressive early deflation on a Hessenberg matrix a few sweeps into the
    /// iteration: the eigenvalues it declares deflated, with those of the block left
    /// above them, are the matrix's eigenvalues; and what is left is still Hessenberg.
    @Test(arguments: [(0, 30), (3, 30), (6, 40), (6, 149)])
    func deflationKeepsTheEigenvalues(sweeps: Int, window: Int) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 150" })
        let n = reference.n
        var h = HessenbergReduction(Matrix(rows: n, columns: n, data: reference.matrix)).hessenberg
        h.data.withUnsafeMutableBufferPointer { hp in
            let p = hp.baseAddress!
            for _ in 0..<sweeps {
                let last = n - 1
                let shifts = (p[last + last * n], p[last - 1 + (last - 1) * n], p[last + (last - 1) * n] * p[last - 1 + last * n])
                doubleShiftStep(p, nil, n: n, block: 0...last, shifts: shifts, full: false)
            }
            // The chase leaves stale entries below the subdiagonal that it never reads.
            for j in 0..<n { for i in 0..<n where i > j + 1 { p[i + j * n] = 0 } }
        }
        let (outcome, wr, wi) = deflate(&h, window: window)
        let result = try #require(outcome)
        let remaining = n - result.deflated
        #expect(result.shifts.count == min(window, n) - result.deflated)
        // Below the subdiagonal, H is exactly zero again.
        for j in 0..<n { for i in (j + 2)..<max(n, j + 2) { #expect(h[i, j] == 0, "(\(i), \(j))") } }
        if remaining < n { #expect(h[remaining, remaining - 1] == 0) }

        let values = try eigenvaluesAfterDeflation(h, remaining: remaining, wr: wr, wi: wi)
        let theirs = zip(reference.real, reference.imaginary).map { Complex($0, $1) }
        let worst = worstRelativeError(values, theirs, scale: norm2(reference.matrix))
        #expect(worst <= 1e-9, "\(sweeps) sweeps, window \(window): deflated \(result.deflated), error \(worst)")
        report("AED after \(sweeps) sweeps, window \(window): deflated \(result.deflated), error", worst)
    }

    /// AED's reason to exist: a window whose trailing eigenvalues have converged
    /// although no subdiagonal entry is negligible. Here the window's spike is 1e-10
    /// and a subdiagonal entry five rows into it 1e-8 (each far above eps), so the
    /// standard test splits nothing, while the eigenvectors of the rows below it reach
    /// the spike only through a product near 1e-18, far below eps·|λ|: AED deflates
    /// them at once. The values must still be the matrix's eigenvalues, as the plain
    /// iteration finds them.
    @Test func deflationFindsConvergedEigenvalues() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 150" })
        let n = reference.n
        var h = HessenbergReduction(Matrix(rows: n, columns: n, data: reference.matrix)).hessenberg
        h[120, 119] *= 1e-10
        h[125, 124] *= 1e-8
        let plain = try plainDoubleShiftEigenvalues(h.data, n: n, balance: false)
        let (outcome, wr, wi) = deflate(&h, window: 30)
        let deflated = try #require(outcome).deflated
        #expect(deflated >= 20, "deflated \(deflated)")
        let remaining = n - deflated
        let values = try eigenvaluesAfterDeflation(h, remaining: remaining, wr: wr, wi: wi)
        let worst = worstRelativeError(values, plain, scale: h.frobeniusNorm)
        #expect(worst <= 1e-9, "worst relative difference \(worst)")
        report("AED on a converged window: deflated \(deflated), difference from the plain iteration", worst)
    }

    /// Exchanging adjacent diagonal blocks of a quasi-triangular T, for every pair of
    /// block sizes: either the exchange is refused and nothing changed, or Q is
    /// orthogonal, Q T' Q' = T, T' is quasi-triangular again, and the two blocks'
    /// eigenvalues have traded places.
    @Test(arguments: [(1, 1), (1, 2), (2, 1), (2, 2)])
    func swappingSchurBlocks(first: Int, second: Int) throws {
        var rng = RandomSource(seed: UInt64(10 * first + second))
        var accepted = 0
        var worst = 0.0
        for trial in 0..<200 {
            let n = 7, j1 = 2
            var t = [Double](repeating: 0, count: n * n)
            for j in 0..<n { for i in 0...j { t[i + j * n] = 2 * rng.uniform() - 1 } }
            // Complex pairs: equal diagonal, off-diagonal entries of opposite sign.
            // Every tenth trial gives two blocks of a size the same eigenvalues, the
            // hard case (the exchange may then be refused).
            for (start, size) in [(j1, first), (j1 + first, second)] where size == 2 {
                t[start + 1 + start * n] = -(0.1 + rng.uniform())
                t[start + (start + 1) * n] = 0.1 + rng.uniform()
                t[start + 1 + (start + 1) * n] = t[start + start * n]
            }
            if trial % 10 == 0 && first == second {
                for i in 0..<first {
                    for j in 0..<first { t[(j1 + first + i) + (j1 + first + j) * n] = t[(j1 + i) + (j1 + j) * n] }
                }
            }
            let before = t
            var q = [Double](repeating: 0, count: n * n)
            for i in 0..<n { q[i + i * n] = 1 }
            let swapped = t.withUnsafeMutableBufferPointer { tp in
                q.withUnsafeMutableBufferPointer { qp in
                    swapAdjacentSchurBlocks(tp.baseAddress!, qp.baseAddress!, n: n, first: j1, sizes: (first, second))
                }
            }
            guard swapped else {
                #expect(t == before)
                continue
            }
            accepted += 1
            var error = 0.0
            for i in 0..<n {
                for j in 0..<n {
                    var rebuilt = 0.0, gram = 0.0
                    for k in 0..<n {
                        gram += q[k + i * n] * q[k + j * n]
                        for l in 0..<n { rebuilt += q[i + k * n] * t[k + l * n] * q[j + l * n] }
                    }
                    error = max(error, abs(rebuilt - before[i + j * n]), abs(gram - (i == j ? 1 : 0)))
                }
            }
            // Quasi-triangular: below the diagonal only the new 2×2 blocks' entries.
            for j in 0..<n {
                for i in (j + 1)..<max(n, j + 1) where !insideNewPair(i, j, j1: j1, sizes: (second, first)) {
                    error = max(error, abs(t[i + j * n]))
                }
            }
            // The new leading block carries the old trailing block's eigenvalues.
            let oldTrailing = trace(before, n: n, at: j1 + first, size: second)
            let newLeading = trace(t, n: n, at: j1, size: second)
            error = max(error, abs(oldTrailing - newLeading))
            worst = max(worst, error)
            #expect(error <= 1e-13, "trial \(trial): error \(error)")
        }
        #expect(accepted >= 150)
        report("Schur block swap (\(first), \(second)): accepted \(accepted)/200, worst error", worst)
    }
}

/// One aggressive early deflation on the whole of the Hessenberg `h`, returning its
/// outcome and the deflated eigenvalues (at their rows of `wr`/`wi`).
private func deflate(_ h: inout Matrix, window: Int) -> ((deflated: Int, shifts: [Shift])?, [Double], [Double]) {
    let n = h.rows
    var wr = [Double](repeating: 0, count: n), wi = wr
    let outcome = h.data.withUnsafeMutableBufferPointer { hp in
        wr.withUnsafeMutableBufferPointer { a in
            wi.withUnsafeMutableBufferPointer { b in
                aggressiveEarlyDeflation(
                    hp.baseAddress!, n: n, active: 0...(n - 1), windowSize: window, wr: a.baseAddress!,
                    wi: b.baseAddress!)
            }
        }
    }
    return (outcome, wr, wi)
}

/// The eigenvalues of the leading remaining×remaining block of `h` (found afresh)
/// followed by the deflated ones in `wr`/`wi` below it.
private func eigenvaluesAfterDeflation(
    _ h: Matrix, remaining: Int, wr: [Double], wi: [Double]
) throws -> [Complex<Double>] {
    let upper = Matrix(
        rows: remaining, columns: remaining,
        data: (0..<remaining).flatMap { j in (0..<remaining).map { i in h[i, j] } })
    let schur = try RealSchur(hessenberg: upper)
    return (0..<remaining).map { Complex(schur.real[$0], schur.imaginary[$0]) }
        + (remaining..<h.rows).map { Complex(wr[$0], wi[$0]) }
}

/// Eigenvalues by the plain double-shift iteration alone, after the same balancing
/// and Hessenberg reduction that `eigvals` does.
/// (`balance: false` takes `scalars` to be Hessenberg already and iterates on it.)
private func plainDoubleShiftEigenvalues(_ scalars: [Double], n: Int, balance: Bool = true) throws -> [Complex<Double>] {
    var m = Matrix(rows: n, columns: n, data: scalars)
    var (low, high) = (0, n - 1)
    if balance {
        let balancing = Balancing(balancing: &m)
        (low, high) = (balancing.low, balancing.high)
        m = HessenbergReduction(m, low: low, high: high).hessenberg
    }
    var h = m
    var wr = (0..<n).map { h[$0, $0] }, wi = [Double](repeating: 0, count: n)
    var norm = 0.0
    for j in 0..<n { for i in 0...min(j + 1, n - 1) { norm += abs(h[i, j]) } }
    let converged = h.data.withUnsafeMutableBufferPointer { hp in
        wr.withUnsafeMutableBufferPointer { a in
            wi.withUnsafeMutableBufferPointer { b in
                francisIterations(
                    hp.baseAddress!, nil, n: n, low: low, high: high, full: false, norm: norm,
                    limit: 30 * n, wr: a.baseAddress!, wi: b.baseAddress!)
            }
        }
    }
    #expect(converged)
    return (0..<n).map { Complex(wr[$0], wi[$0]) }
}

/// Whether (i, j) is the subdiagonal entry of a 2×2 block after the exchange, when
/// blocks of `sizes` start at row j1.
private func insideNewPair(_ i: Int, _ j: Int, j1: Int, sizes: (Int, Int)) -> Bool {
    guard i == j + 1 else { return false }
    return (sizes.0 == 2 && j == j1) || (sizes.1 == 2 && j == j1 + sizes.0)
}

/// The trace of the size×size diagonal block at row `at`: the sum of its eigenvalues.
private func trace(_ t: [Double], n: Int, at: Int, size: Int) -> Double {
    (at..<(at + size)).reduce(0) { $0 + t[$1 + $1 * n] }
}

import ComplexModule
import Engine
import Foundation
import Testing
@testable import LinearAlgebra

/// `juliaEigen` and `juliaQR` follow LAPACK's paths so that their vectors carry Julia's
/// signs. These tests check what must hold whatever the signs (A V = V Λ, Q orthogonal,
/// Q R = A) to tight tolerances, and the sign conventions where LAPACK's algorithm forces
/// them; the exact outputs Julia printed are in the conformance suite (linear-algebra.jl).
/// Entry (i, j) of a column-major matrix tensor.
private extension Tensor {
    subscript(i: Int, j: Int) -> Double { scalars[i + j * shape[0]] }
}

@Suite struct JuliaFactorizationTests {
    /// A deterministic matrix with real, well-separated eigenvalues: S diag(λ) S⁻¹ for a
    /// unit lower triangular S (so S⁻¹ is exact to form by substitution).
    private func matrixWithRealEigenvalues(_ n: Int, seed: Int) throws -> Tensor {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state % 2000) / 1000 - 1
        }
        var a = [Double](repeating: 0, count: n * n)
        // Upper triangular with diagonal 1...n, then a similarity by a random unit lower L.
        for j in 0..<n { for i in 0...j { a[i + j * n] = i == j ? Double(j + 1) : next() } }
        var l = [Double](repeating: 0, count: n * n)
        for j in 0..<n { for i in j..<n { l[i + j * n] = i == j ? 1 : next() / 2 } }
        let lt = try Tensor(shape: [n, n], scalars: l)
        let linv = try inv(lt)
        return try lt.matmul(try Tensor(shape: [n, n], scalars: a)).matmul(linv)
    }

    private func maxAbs(_ xs: [Double]) -> Double { xs.reduce(0) { max($0, abs($1)) } }

    @Test(arguments: [2, 3, 5, 8, 13, 30])
    func generalEigenvectorsSatisfyTheEquation(n: Int) throws {
        let a = try matrixWithRealEigenvalues(n, seed: n)
        let e = try juliaEigen(a)
        let v = try e.vectors.get()
        let lambda = e.values.map(\.real)
        #expect(e.values.allSatisfy { $0.imaginary == 0 })
        #expect(lambda == lambda.sorted(), "Julia sorts the values")
        let av = try a.matmul(v)
        var residual = 0.0
        for j in 0..<n { for i in 0..<n { residual = max(residual, abs(av[i, j] - v[i, j] * lambda[j])) } }
        #expect(residual <= 1e-10 * maxAbs(a.scalars), "‖AV − VΛ‖ = \(residual)")
        for j in 0..<n {
            let norm = (0..<n).reduce(0.0) { $0 + v[$1, j] * v[$1, j] }.squareRoot()
            #expect(abs(norm - 1) <= 1e-14, "column \(j) has norm \(norm)")
        }
    }

    /// With balancing isolating every eigenvalue of a triangular matrix, the Schur vectors
    /// are the identity and dtrevc3's x has x_k = 1: each vector's own entry is positive,
    /// and for λ = t₂₂ of [a b; 0 d] the vector is (b/(d−a), 1) normalised.
    @Test func triangularVectorsKeepDtrevcsPositiveLastEntry() throws {
        let a = try Tensor(shape: [2, 2], scalars: [1.1, 0, 0.3, 0.7])
        let v = try juliaEigen(a).vectors.get()
        // Sorted values (0.7, 1.1): column 1 is for 0.7 (x = (−0.75, 1)), column 2 for 1.1.
        #expect(abs(v[0, 0] + 0.6) < 1e-15 && abs(v[1, 0] - 0.8) < 1e-15)
        #expect(v[0, 1] == 1 && v[1, 1] == 0)
        let lower = try Tensor(shape: [2, 2], scalars: [2, 5, 0, -1])
        let w = try juliaEigen(lower).vectors.get()
        for j in 0..<2 { #expect((0..<2).contains { w[$0, j] > 0 }) }
    }

    /// dlaev2's rotation for [a b; b c]: the vector of the larger eigenvalue is (cs, sn),
    /// of the smaller (−sn, cs); for b < 0 with a = c that is ±1/√2 as Julia prints.
    @Test func symmetricTwoByTwoFollowsDlaev2() throws {
        let a = try Tensor(shape: [2, 2], scalars: [2, -1, -1, 2])
        let e = try juliaEigen(a)
        let v = try e.vectors.get()
        let h = 0.5.squareRoot()
        #expect(e.values.map(\.real) == [1, 3])
        #expect(abs(v[0, 0] + h) < 1e-15 && abs(v[1, 0] + h) < 1e-15)
        #expect(abs(v[0, 1] + h) < 1e-15 && abs(v[1, 1] - h) < 1e-15)
        // Orthogonal, and eigenvectors of a not-so-simple symmetric matrix.
        let b = try Tensor(shape: [2, 2], scalars: [0.3, 1.7, 1.7, -2.5])
        let f = try juliaEigen(b)
        let u = try f.vectors.get()
        let bu = try b.matmul(u)
        for j in 0..<2 { for i in 0..<2 { #expect(abs(bu[i, j] - u[i, j] * f.values[j].real) < 1e-14) } }
        #expect(abs(u[0, 0] * u[0, 1] + u[1, 0] * u[1, 1]) < 1e-15)
    }

    @Test func pathsNotReproducedRefuseTheirVectorsButKeepTheValues() throws {
        let symmetric = try Tensor(shape: [3, 3], scalars: [2, 1, 0, 1, 2, 1, 0, 1, 2])
        let s = try juliaEigen(symmetric)
        #expect(throws: EigenvectorsNotReproduced.symmetric(rows: 3)) { try s.vectors.get() }
        #expect(abs(s.values[1].real - 2) < 1e-14)
        let rotation = try Tensor(shape: [2, 2], scalars: [0, 1, -1, 0])
        let r = try juliaEigen(rotation)
        #expect(throws: EigenvectorsNotReproduced.complexEigenvalues) { try r.vectors.get() }
        #expect(r.values == [Complex(0, -1), Complex(0, 1)])
        let big = try matrixWithRealEigenvalues(75, seed: 1)
        #expect(throws: EigenvectorsNotReproduced.large(rows: 75)) { try juliaEigen(big).vectors.get() }
    }

    /// dlanv2 turns a 2×2 block with real eigenvalues upper triangular (c = 0), and one
    /// with complex eigenvalues into equal diagonal entries with b·c < 0.
    @Test func dlanv2Standardises() {
        var real = (a: 4.0, b: 1.0, c: 2.0, d: 3.0)
        let (r1, i1, r2, i2, cs, sn) = LAPACKGeneralEigen.standardise(&real)
        #expect(real.c == 0 && i1 == 0 && i2 == 0)
        #expect(abs(cs * cs + sn * sn - 1) < 1e-15)
        #expect(Set([r1, r2].map { ($0 * 1e12).rounded() / 1e12 }) == [2, 5])
        var complex = (a: 1.0, b: -2.0, c: 3.0, d: 1.5)
        let (_, ci1, _, ci2, _, _) = LAPACKGeneralEigen.standardise(&complex)
        #expect(complex.a == complex.d && complex.b * complex.c < 0 && ci1 == -ci2 && ci1 > 0)
    }

    /// R's diagonal is −sign(a)·‖column‖ (dlarfg's β), an already-reduced column is left
    /// alone (τ = 0, so the sign of a is kept), Q is orthogonal and Q R = A.
    @Test func qrFollowsDlarfgsSigns() throws {
        let a = try Tensor(shape: [3, 2], scalars: [3, 4, 0, -6, -8, 1])
        let f = try juliaQR(a)
        #expect(f.r.scalars == [-5, 0, 10, -1])
        let triangular = try Tensor(shape: [2, 2], scalars: [-2, 0, 1, 3])
        let g = try juliaQR(triangular)
        #expect(g.r.scalars == triangular.scalars)
        #expect(g.q.scalars == [1, 0, 0, 1])
        // A zero leading entry: β = −sign(+0)·‖x‖ is negative.
        let h = try juliaQR(try Tensor(shape: [2, 1], scalars: [0, 2]))
        #expect(h.r.scalars == [-2])
        let b = try matrixWithRealEigenvalues(6, seed: 4)
        let q = try juliaQR(b)
        let qtq = try q.q.transposed().matmul(q.q)
        let rebuilt = try q.applyQ(to: try Tensor(shape: [6, 6], scalars: q.r.scalars), transposed: false)
        for j in 0..<6 {
            for i in 0..<6 {
                #expect(abs(qtq[i, j] - (i == j ? 1 : 0)) < 1e-14)
                #expect(abs(rebuilt[i, j] - b[i, j]) < 1e-13 * maxAbs(b.scalars))
                if i > j { #expect(q.r[i, j] == 0) }
            }
        }
    }
}

import ComplexModule
import Engine
import Foundation
import Testing
@testable import LinearAlgebra

/// Matrices whose entries span up to 600 orders of magnitude, a third of them zero:
/// far beyond anything a lesson makes, and a search for traps and silent NaNs.
/// Every routine must either return finite results or throw a `LinearAlgebraError`.
/// (Such matrices can exceed what the QR iteration or the eigenvector solve can
/// resolve in Double; the count of those clean refusals is reported, not hidden:
/// 2 of 6000 when this was written, LAPACK managing both.)
@Test func extremeMatricesNeverTrapOrReturnNaN() throws {
    var rng = RandomSource(seed: 5)
    var refusals = 0
    let trials = Int(ProcessInfo.processInfo.environment["LINALG_RANDOM_MATRICES"] ?? "") ?? 1000
    for trial in 0..<trials {
        let n = 1 + (try rng.integer(below: 9))
        let spread = Double(try rng.integer(below: 600))
        let scalars = (0..<(n * n)).map { _ -> Double in
            rng.uniform() < 0.3 ? 0 : rng.normal() * Double.pow(10, (rng.uniform() - 0.5) * spread)
        }
        let w = try Tensor(shape: [n, n], scalars: scalars)
        do {
            let d = try eigen(w)
            let values = d.values.flatMap { [$0.real, $0.imaginary] }
            let s = try svd(w)
            let q = try qr(w)
            let symmetric = try symmetricEigen(try w + (try w.transposed()))
            let everything = values + d.vectors.real + d.vectors.imaginary + s.S + s.U.scalars + q.R.scalars
                + symmetric.values + symmetric.vectors.scalars
            #expect(everything.allSatisfy { $0.isFinite }, "trial \(trial): non-finite result for \(scalars)")
        } catch is LinearAlgebraError {
            refusals += 1
        }
    }
    report("extreme matrices refused with an error (of \(trials))", Double(refusals))
}

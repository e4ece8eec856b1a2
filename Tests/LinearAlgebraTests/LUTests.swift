import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct LUTests {
    /// det, inv and solve against numpy. The inverse and the solution are compared
    /// entrywise relative to their largest entry: both libraries are backward stable,
    /// so their answers agree to about eps·cond(A), and these matrices have
    /// cond(A) < 1e4.
    @Test(arguments: ReferenceFile.shared.lu.map(\.name))
    func matchesNumpy(name: String) throws {
        let reference = try #require(ReferenceFile.shared.lu.first { $0.name == name })
        let n = reference.n
        let a = try square(n, reference.matrix)
        let determinant = try det(a)
        #expect(abs(determinant - reference.det) <= 1e-9 * abs(reference.det), "\(name): det \(determinant)")
        let inverse = try inv(a)
        let inverseError = maxAbs(zip(inverse.scalars, reference.inverse).map { $0 - $1 }) / maxAbs(reference.inverse)
        #expect(inverseError <= 1e-10, "\(name): inverse error \(inverseError)")
        let b = try Tensor(shape: [n, 3], scalars: reference.rhs)
        let x = try solve(a, b)
        let solveError = maxAbs(zip(x.scalars, reference.solution).map { $0 - $1 }) / maxAbs(reference.solution)
        #expect(solveError <= 1e-10, "\(name): solution error \(solveError)")
        let column = try solve(a, try b.column(0))
        #expect(column.shape == [n])
        report("inv/solve relative error, \(name)", max(inverseError, solveError))
    }

    /// Non-square `A \ b` against numpy.linalg.lstsq: least squares for tall A, the
    /// least-norm solution for wide A (and the plain solution for the square one).
    @Test(arguments: ReferenceFile.shared.leastSquares.map(\.name))
    func nonSquareSolveMatchesLstsq(name: String) throws {
        let reference = try #require(ReferenceFile.shared.leastSquares.first { $0.name == name })
        let a = try Tensor(shape: [reference.rows, reference.columns], scalars: reference.matrix)
        let b = try Tensor(shape: [reference.rows, 2], scalars: reference.rhs)
        let x = try solve(a, b)
        #expect(x.shape == [reference.columns, 2])
        let error = maxAbs(zip(x.scalars, reference.solution).map { $0 - $1 }) / maxAbs(reference.solution)
        #expect(error <= 1e-12, "\(name): relative error \(error)")
        report("least squares relative error, \(name)", error)
    }

    @Test func rankDeficientLeastSquaresIsAnError() throws {
        let a = try Tensor(rows: [[1, 2], [2, 4], [3, 6]])
        #expect(throws: LinearAlgebraError.self) { try solve(a, Tensor(vector: [1, 2, 3])) }
        #expect(throws: LinearAlgebraError.self) { try solve(try a.transposed(), Tensor(vector: [1, 2])) }
    }

    @Test func singularMatrices() throws {
        let singular = try Tensor(rows: [[1, 2], [2, 4]])
        #expect(try det(singular) == 0)
        #expect(throws: LinearAlgebraError.singular(operation: "inv")) { try inv(singular) }
        #expect(throws: LinearAlgebraError.self) { try solve(singular, Tensor(vector: [1, 2])) }
        #expect(throws: LinearAlgebraError.singular(operation: "inv")) { try inv(try Tensor.zeros(3, 3)) }
    }

    @Test func determinantsOfKnownMatrices() throws {
        #expect(try det(try Tensor(rows: [[0, 1], [1, 0]])) == -1)
        #expect(try det(try Tensor(rows: [[2, 0, 0], [0, 3, 0], [0, 0, 4]])) == 24)
        #expect(try det(try Tensor.zeros(0, 0)) == 1)
    }
}

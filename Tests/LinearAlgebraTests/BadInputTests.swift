import ComplexModule
import Engine
import Foundation
import Testing
@testable import LinearAlgebra

/// Every routine refuses bad input with an error, never a trap or an endless loop.
@Suite struct BadInputTests {
    typealias Routine = (name: String, run: @Sendable (Tensor) throws -> Void)

    static let squareOnly: [Routine] = [
        ("eigvals", { _ = try eigvals($0) }), ("eigen", { _ = try eigen($0) }),
        ("spectralRadius", { _ = try spectralRadius($0) }), ("scaledToRadius", { _ = try scaledToRadius($0, 1) }),
        ("symmetricEigen", { _ = try symmetricEigen($0) }), ("det", { _ = try det($0) }),
        ("inv", { _ = try inv($0) }),
        ("matrixPower", { _ = try matrixPower($0, 3) }), ("gradientNorms", { _ = try gradientNorms($0, steps: 3) }),
    ]
    static let anyShape: [Routine] = [
        ("svd", { _ = try svd($0) }), ("svdvals", { _ = try svdvals($0) }), ("opnorm", { _ = try opnorm($0) }),
        ("cond", { _ = try cond($0) }), ("qr", { _ = try qr($0) }),
        ("solve", { _ = try solve($0, Tensor(vector: [1, 2])) }),
    ]

    @Test(arguments: squareOnly.map(\.name))
    func squareRoutinesRejectNonSquare(name: String) throws {
        let routine = try #require(Self.squareOnly.first { $0.name == name })
        let wide = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(throws: LinearAlgebraError.notSquare(operation: operationName(routine, wide), shape: [2, 3])) {
            try routine.run(wide)
        }
    }

    @Test(arguments: (squareOnly + anyShape).map(\.name))
    func everyRoutineRejectsNaNInfAndNonMatrices(name: String) throws {
        let routine = try #require((Self.squareOnly + Self.anyShape).first { $0.name == name })
        for bad in [Double.nan, .infinity, -.infinity] {
            let m = try Tensor(rows: [[1, bad], [0, 1]])
            #expect(throws: LinearAlgebraError.self) { try routine.run(m) }
            do { try routine.run(m) } catch let error as LinearAlgebraError {
                guard case .nonFinite = error else {
                    Issue.record("\(name) with \(bad): expected nonFinite, got \(error)")
                    continue
                }
            }
        }
        let cube = try Tensor.zeros(2, 2, 2)
        #expect(throws: LinearAlgebraError.self) { try routine.run(cube) }
        #expect(throws: LinearAlgebraError.self) { try routine.run(Tensor(vector: [1, 2])) }
    }

    /// With a starved iteration budget the iterative methods report failure.
    @Test func iterationLimitsAreErrors() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 10" })
        let m = Matrix(rows: 10, columns: 10, data: reference.matrix)
        let h = HessenbergReduction(m).hessenberg
        #expect(throws: LinearAlgebraError.noConvergence(operation: "eigvals (QR algorithm)", iterations: 2)) {
            try RealSchur(hessenberg: h, iterationLimit: 2)
        }
        let symmetric = m + m.transposed()
        #expect(throws: LinearAlgebraError.noConvergence(operation: "test", iterations: 1)) {
            try tridiagonalEigen(symmetric, operation: "test", iterationLimit: 1)
        }
        #expect(throws: LinearAlgebraError.noConvergence(operation: "test", iterations: 1)) {
            try jacobiSVD(m, operation: "test", maxSweeps: 1)
        }
    }

    @Test func messagesNameTheProblem() {
        let e = LinearAlgebraError.notSquare(operation: "eigvals", shape: [2, 3])
        #expect(e.description == "eigvals: the matrix must be square, but it is (2, 3)")
    }

    /// The operation name each routine reports, found by asking it.
    private func operationName(_ routine: Routine, _ input: Tensor) -> String {
        do { try routine.run(input) } catch let LinearAlgebraError.notSquare(operation, _) { return operation } catch {}
        return "(did not throw notSquare)"
    }
}

private func + (a: Matrix, b: Matrix) -> Matrix {
    Matrix(rows: a.rows, columns: a.columns, data: zip(a.data, b.data).map { $0 + $1 })
}

import Engine
import Foundation
import Testing
@testable import LinearAlgebra

/// The eigenvectors and QR factors of `juliaEigen` and `juliaQR` against LAPACK's own
/// (Fixtures/make_vector_fixtures.py: numpy's dgeev, scipy's dsyevr and dgeqrf, the
/// routines Julia 1.10 calls). Each column must be LAPACK's, not its negative: to 1e-9
/// absolute per entry, far below the size of any sign flip, and above the last-bit
/// differences of the two libraries' sums.
@Suite struct JuliaVectorSignTests {
    struct Case: Decodable {
        let n: Int
        let matrix: [Double]
        let values: [Double]
        let vectors: [Double]
    }
    struct QRCase: Decodable {
        let rows: Int, columns: Int
        let matrix: [Double], q: [Double], r: [Double]
    }
    struct File: Decodable {
        let general: [Case]
        let symmetric: [Case]
        let qr: [QRCase]
    }

    static let file: File? = {
        guard let url = Bundle.module.url(forResource: "Fixtures/lapack_vectors", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(File.self, from: data)
    }()

    private func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    @Test func theFixtureIsThere() throws {
        let file = try #require(Self.file)
        #expect(file.general.count == 120 && file.symmetric.count == 60 && file.qr.count == 60)
    }

    @Test(arguments: 0..<120)
    func generalEigenvectorsAreLAPACKs(index: Int) throws {
        let c = try #require(Self.file?.general[index])
        let e = try juliaEigen(try Tensor(shape: [c.n, c.n], scalars: c.matrix))
        let v = try e.vectors.get()
        #expect(largestDifference(e.values.map(\.real), c.values) <= 1e-9 * max(1, c.values.map(abs).max() ?? 1))
        #expect(largestDifference(v.scalars, c.vectors) <= 1e-9, "case \(index) (n = \(c.n))")
    }

    @Test(arguments: 0..<60)
    func symmetricTwoByTwoVectorsAreDsyevrs(index: Int) throws {
        let c = try #require(Self.file?.symmetric[index])
        let e = try juliaEigen(try Tensor(shape: [2, 2], scalars: c.matrix))
        #expect(e.values.map(\.real) == c.values, "case \(index)")
        #expect(try e.vectors.get().scalars == c.vectors, "case \(index)")
        // eigvals takes dsterf's path (dlae2 on √(b²) = |b|): the same values.
        #expect(try juliaEigvals(try Tensor(shape: [2, 2], scalars: c.matrix)).map(\.real) == c.values, "case \(index)")
    }

    @Test(arguments: 0..<60)
    func qrFactorsAreGeqrfs(index: Int) throws {
        let c = try #require(Self.file?.qr[index])
        let f = try juliaQR(try Tensor(shape: [c.rows, c.columns], scalars: c.matrix))
        #expect(largestDifference(f.r.scalars, c.r) <= 1e-12, "case \(index)")
        #expect(largestDifference(f.q.scalars, c.q) <= 1e-12, "case \(index)")
    }
}

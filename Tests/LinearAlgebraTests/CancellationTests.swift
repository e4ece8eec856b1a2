import Engine
import Testing
@testable import LinearAlgebra

/// Every decomposition polls `Cancellation` and, once asked to stop, throws
/// `.interrupted` instead of returning: whichever poll says stop, no half-done
/// result escapes and nothing traps on the half-done state left behind.
@Suite struct CancellationTests {
    static func matrix(_ n: Int, seed: UInt64) throws -> Tensor {
        var rng = RandomSource(seed: seed)
        return try Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in rng.normal() })
    }

    /// The work of each routine, on a matrix big enough to poll many times (the
    /// multishift eigenvalue driver needs 120 rows or more).
    static func routines() throws -> [(String, () throws -> Void)] {
        let a = try matrix(130, seed: 1), small = try matrix(40, seed: 2)
        let symmetric = try a + a.transposed()
        let b = Tensor(vector: Array(repeating: 1, count: 130))
        var rng = RandomSource(seed: 3)
        let tall = try Tensor(shape: [60, 30], scalars: (0..<1800).map { _ in rng.normal() })
        return [
            ("eigvals", { _ = try eigvals(a) }),
            ("eigen", { _ = try eigen(small) }),
            ("svdvals", { _ = try svdvals(small) }),
            ("svd", { _ = try svd(tall) }),
            ("symmetricEigen", { _ = try symmetricEigen(symmetric) }),
            ("det", { _ = try det(a) }),
            ("inv", { _ = try inv(a) }),
            ("solve", { _ = try solve(a, b) }),
            ("least squares", { _ = try solve(tall, Tensor(vector: Array(repeating: 1, count: 60))) }),
            ("qr", { _ = try qr(tall) }),
        ]
    }

    @Test(arguments: [0, 1, 2, 5, 20, 100])
    func stoppingAtAnyPollThrowsInterrupted(_ pollsBeforeStop: Int) throws {
        for (name, work) in try Self.routines() {
            var polls = 0
            var finished = false
            do {
                try Cancellation.stopping(when: {
                    polls += 1
                    return polls > pollsBeforeStop
                }) {
                    try work()
                }
                finished = true
            } catch LinearAlgebraError.interrupted {
                #expect(polls > pollsBeforeStop)
            }
            // A routine may finish before its n-th poll; then it must not have been asked.
            if finished { #expect(polls <= pollsBeforeStop, "\(name) finished after being asked to stop") }
        }
    }

    @Test func withoutARequestEverythingRunsToTheEnd() throws {
        for (name, work) in try Self.routines() {
            var polls = 0
            try Cancellation.stopping(when: { polls += 1; return false }) { try work() }
            #expect(polls > 0, "\(name) never polled")
        }
    }
}

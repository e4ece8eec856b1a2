import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Memory must level off however long a learner keeps going. Each case runs a
/// program with `rnnlab run` for a short and a ten times longer stretch and compares
/// the two processes' peak resident memory: a leak of what every iteration makes
/// shows as growth in proportion to the extra iterations.
///
/// Found by the reliability test of issue 12: every gradient call leaked what its
/// tape recorded (7.6 KB a call for a 30×30 matrix product), so 20,000 calls grew the
/// process by 150 MB and lesson 7's character model by 2.5 MB a training step.
@Suite(.serialized)
struct MemoryGrowthTests {
    /// Peak resident memory, in KiB, of `rnnlab run` on `program` with `N` replaced by `iterations`.
    static func peakMemory(of program: String, iterations: Int) throws -> Int {
        let folder = try TemporaryDirectory(prefix: "rnnlab-memory")
        let file = folder.path + "/program.jl"
        try program.replacingOccurrences(of: "N_ITERATIONS", with: String(iterations))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["run", file],
            environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], timeout: 300)
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code == 0, "rnnlab run failed: \(text)")
        #expect(text.contains("finished"), "the program did not finish: \(text)")
        return try #require(process.peakResidentKiB)
    }

    /// Grows by less than `allowance` KiB from `short` to ten times as many iterations.
    static func expectFlat(_ program: String, short: Int, allowance: Int) throws {
        let small = try peakMemory(of: program, iterations: short)
        let large = try peakMemory(of: program, iterations: short * 10)
        #expect(large - small < allowance,
                "peak memory grew from \(small) KiB to \(large) KiB over \(short * 9) more iterations")
    }

    @Test func gradientCallsKeepMemoryFlat() throws {
        // About 22 KB a iteration leaked before the fix: 400 MB over the extra 18,000.
        try Self.expectFlat("""
            W0 = randn(30, 30)
            x = randn(1, 30)
            f(W) = sum(tanh.(x * W * W))
            Wl = 0.1 * randn(34, 16)
            bl = zeros(1, 16)
            function cells(W, b)
                h, c = lstmcell(x[:, 1:30], zeros(1, 4), zeros(1, 4), W, b)
                h2 = rnncell(x[:, 1:30], h, W[:, 1:4], b[:, 1:4])
                sum(h .* c) + sum(h2)
            end
            for i in 1:N_ITERATIONS
                grad(f)(W0)
                value_and_grad(f)(W0)
                grad(cells)(Wl, bl)
            end
            println("finished")
            """, short: 2_000, allowance: 30_000)
    }
}

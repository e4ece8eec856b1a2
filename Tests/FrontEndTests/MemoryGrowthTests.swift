import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Memory must level off however long a learner keeps going.
///
/// Found by the reliability test of issue 12: every gradient call leaked what its
/// tape recorded (7.6 KB a call for a 30×30 matrix product), so 20,000 calls grew the
/// process by 150 MB and lesson 7's character model by 2.5 MB a training step; and a
/// scope holding a closure made in it was never freed (1.6 GB for 20,000 calls).
///
/// The assertion is a count, not a size: `rnnlab run` with RNNLAB_REPORT_LIVE_OBJECTS
/// set says how many gradient recordings (tapes) and scopes are still alive once the
/// program's workspace is gone. Every one left is a leak, and the count is the same on
/// a loaded machine as on an idle one; peak resident memory, which the allocator and
/// the load move by tens of megabytes, is only checked against a bound no noise reaches.
@Suite(.serialized)
struct MemoryGrowthTests {
    struct Run {
        let tapes: Int
        let scopes: Int
        let peakKiB: Int
    }

    /// Runs `program` (with `N_ITERATIONS` replaced) and reads what outlived it.
    static func run(_ program: String, iterations: Int) throws -> Run {
        let folder = try TemporaryDirectory(prefix: "rnnlab-memory")
        let file = folder.path + "/program.jl"
        try program.replacingOccurrences(of: "N_ITERATIONS", with: String(iterations))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["run", file],
            environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin", "RNNLAB_REPORT_LIVE_OBJECTS": "1"],
            timeout: 300)
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code == 0, "rnnlab run failed: \(text)")
        #expect(text.contains("finished"), "the program did not finish: \(text)")
        let report = try #require(
            text.firstMatch(of: /live objects: (\d+) tapes, (\d+) scopes/), "no live-object report in: \(text)")
        return Run(tapes: Int(report.1)!, scopes: Int(report.2)!, peakKiB: try #require(process.peakResidentKiB))
    }

    /// Nothing outlives the program, for `short` iterations or ten times as many, and
    /// the longer run's peak stays within `bound` KiB of the shorter's.
    static func expectNothingKept(_ program: String, short: Int, bound: Int = 200_000) throws {
        let small = try run(program, iterations: short)
        let large = try run(program, iterations: short * 10)
        for (name, result) in [("\(short)", small), ("\(short * 10)", large)] {
            #expect(result.tapes == 0, "\(result.tapes) gradient recordings outlived \(name) iterations")
            #expect(result.scopes == 0, "\(result.scopes) scopes outlived \(name) iterations")
        }
        #expect(large.peakKiB - small.peakKiB < bound,
                "peak memory grew from \(small.peakKiB) KiB to \(large.peakKiB) KiB over \(short * 9) more iterations")
    }

    /// The tape, the fused cells and `value_and_grad`: before the fix every iteration
    /// left its three recordings alive.
    @Test func gradientCallsKeepNothing() throws {
        try Self.expectNothingKept("""
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
            """, short: 100)
    }

    /// Closures made inside calls and loop bodies, and a global function over a
    /// global array: before the fix each call's scope and its closure kept each other.
    @Test func closuresInScopesKeepNothing() throws {
        try Self.expectNothingKept("""
            data = randn(20)
            function scaled(k)
                g = x -> k * x
                inner(y) = g(y) + k
                inner(sum(data))
            end
            total = 0.0
            for i in 1:N_ITERATIONS
                h = z -> z + i
                global total += scaled(i) + h(1)
            end
            println("finished")
            """, short: 200)
    }
}

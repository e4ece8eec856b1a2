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

    // MARK: A long REPL session

    /// A mixed session as a learner types it: assignments, gradients, function
    /// definitions, errors, Dicts, comprehensions and strings, `count` inputs in all.
    static func sessionInputs(_ count: Int) -> [String] {
        let kinds: [(Int) -> String] = [
            { "x\($0 % 50) = \($0) * 2" },
            { _ in "g = grad(f)(W0);" },
            { "h\($0 % 40)(y) = y + \($0)" },
            { "h\($0 % 40)(\($0))" },
            { "undefined_name_\($0 % 7) + 1" },
            { "d = Dict(\"a\" => \($0), \"b\" => \($0 % 13))" },
            { "[k^2 for k in 1:\($0 % 9 + 1)]" },
            { "s = string(\($0 % 1000)) * \"abc\"" },
        ]
        return ["W0 = randn(4, 4);", "f(W) = sum(tanh.(W * W))"] + (0..<(count - 2)).map { kinds[$0 % kinds.count]($0) }
    }

    struct Session {
        /// The allocator's bytes in use at the end, with the session and its record alive.
        let heapInUse: Int
        /// The cells the `:save` at the end wrote.
        let savedCells: Int
    }

    /// Pipes `inputs` and a `:save` into one notebook process, reads the allocator's count
    /// at its end (RNNLAB_REPORT_LIVE_OBJECTS) and the saved notebook.
    static func replSession(_ inputs: [String]) throws -> Session {
        let folder = try TemporaryDirectory(prefix: "rnnlab-session")
        let script = folder.path + "/inputs.txt", saved = folder.path + "/saved.jl"
        try (inputs + [":save \(saved)"]).joined(separator: "\n").appending("\n")
            .write(toFile: script, atomically: true, encoding: .utf8)
        // The input comes from a file, so the program's output never waits for ours.
        let process = try PipedProcess(
            executable: "/bin/sh", arguments: ["-c", "exec \"$0\" < \"$1\"", try builtExecutable("rnnlab"), script],
            environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin", "RNNLAB_REPORT_LIVE_OBJECTS": "1"],
            timeout: 300)
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code == 0, "the session failed: \(text.suffix(2000))")
        let report = try #require(
            text.firstMatch(of: /Total \(incl. mmap\):\s*system bytes\s*=\s*\d+\s*in use bytes\s*=\s*(\d+)/),
            "no allocator statistics in: \(text.suffix(2000))")
        let notebook = try String(contentsOfFile: saved, encoding: .utf8)
        let cells = notebook.split(separator: "\n").filter { $0.hasPrefix("# %%") }.count
        return Session(heapInUse: Int(report.1)!, savedCells: cells)
    }

    /// A 200,000-input session grew by about 0.23 KB an input, mostly the record of
    /// every input and its output that `:save` writes (kept in memory then). The record
    /// is now in a file, so ten times the inputs must leave the heap where it was, give
    /// or take a few bytes an input — and `:save` must still write every one of them.
    /// The count is the allocator's own, so it does not move with the machine's load.
    @Test func aLongREPLSessionLevelsOff() throws {
        let short = try Self.replSession(Self.sessionInputs(500))
        let long = try Self.replSession(Self.sessionInputs(5_500))
        let perInput = Double(long.heapInUse - short.heapInUse) / 5_000
        #expect(perInput < 16, "the heap grew by \(perInput) bytes an input (\(short.heapInUse) → \(long.heapInUse) bytes)")
        // Every input is saved (failed ones as comments in their own cell), after the lesson's cells.
        #expect(long.savedCells - short.savedCells == 5_000, "saved \(short.savedCells) and \(long.savedCells) cells")
    }
}

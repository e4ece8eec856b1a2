import Foundation
import Testing
@testable import Language

/// A list built by `x = [x, x]` forty times is small (forty lists) but has 2^40 paths:
/// showing it or comparing it with a copy takes 2^40 steps, in Julia as here. Such work
/// must stop on Ctrl-C, and what was half made must not be printed.
struct SharedStructureInterruptTests {
    static let doubling = "x = []\nfor i in 1:40\n    global x = [x, x]\nend\n"

    /// An interpreter whose Ctrl-C comes `seconds` after `arm()`.
    final class DelayedStop {
        var deadline = Date.distantFuture
        func arm(after seconds: Double) { deadline = Date().addingTimeInterval(seconds) }
        var isDue: Bool { Date() > deadline }
    }

    @Test(arguments: ["println(x)", "string(x)", "repr(x)", #""$x""#, "show(x)", "display(x)", "x == deepcopy(x)", "x in [deepcopy(x)]"])
    func workOnASharedListStopsWhenInterrupted(_ source: String) throws {
        let stop = DelayedStop()
        var printed = ""
        let interpreter = Interpreter(output: { printed += $0 }, isCancelled: { stop.isDue })
        try interpreter.run(source: Self.doubling)
        stop.arm(after: 0.2)
        let started = Date()
        do {
            try interpreter.run(source: source)
            Issue.record("\(source) finished: it should have been interrupted")
        } catch let error as RuntimeError {
            #expect(error.isInterruption, "\(source): \(error)")
        }
        // Generous: the point is that it stops at all (it would take hours), not how fast.
        #expect(Date().timeIntervalSince(started) < 20, "\(source) took too long to stop")
        #expect(printed.isEmpty, "\(source) printed part of the value")
    }

    @Test func theREPLsViewOfASharedListStopsWhenInterrupted() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: Self.doubling)
        guard let x = interpreter.global("x") else { Issue.record("no x"); return }
        let stop = DelayedStop()
        stop.arm(after: 0.2)
        let started = Date()
        #expect(display(x, width: 80, height: 24, stoppingWhen: { stop.isDue }) == nil)
        #expect(Date().timeIntervalSince(started) < 20)
        // Without a stop, a small value still shows in full.
        #expect(display(.list(ListBox([.int(1)])), width: 80, height: 24, stoppingWhen: { false }) == "1-element Vector{Int64}:\n 1")
    }

    @Test func aSharedListIsDifferentiatedWithoutTheDepthLimitsBlowUp() throws {
        // The walk that checks for values already on a tape skipped repeats only by
        // depth, so a list holding itself twice took 2^100 steps; now it is immediate.
        // A stop after 20 s turns a hang into a failure rather than a stuck test run.
        let stop = DelayedStop()
        stop.arm(after: 20)
        let interpreter = Interpreter(output: { _ in }, isCancelled: { stop.isDue })
        do {
            try interpreter.run(source: "l = []; push!(l, l); push!(l, l); push!(l, 1.0)\ngrad(v -> 1.0)(l)")
            Issue.record("grad of a list inside itself should be refused")
        } catch let error as RuntimeError {
            #expect(!error.isInterruption && "\(error)".contains("contains itself"), "\(error)")
        }
    }
}

import Foundation
import Testing
@testable import Language

/// A scope that stores a closure made in it (`inner(n) = ...` inside a function,
/// `g = x -> ...` in a loop body, any function at the top level) forms a cycle with it:
/// the scope holds the closure and the closure holds the scope. Before the fix neither
/// was ever freed: 20,000 calls of a function with an inner function over a 100×100
/// array leaked 1.6 GB, and every workspace that defined a function outlived its
/// interpreter (every :goto and lesson replay kept the old one).
///
/// `probe(A)` keeps a weak reference to an array; once the code that made it is done,
/// the array must be gone, and closures that escaped must still work.
@Suite struct ClosureCycleTests {
    final class Probe: @unchecked Sendable {
        var boxes: [WeakBox] = []
        struct WeakBox { weak var box: ArrayBox? }
        var alive: Int { boxes.filter { $0.box != nil }.count }
    }

    static func interpreter(probing probe: Probe) -> Interpreter {
        let interpreter = Interpreter(output: { _ in })
        let builtin = Builtin(name: "probe", help: "", arity: 1...1, elementwise: false) { _, args in
            if case .array(let box) = args[0] { probe.boxes.append(.init(box: box)) }
            return .nothing
        }
        interpreter.setGlobal("probe", .function(FunctionValue(name: "probe", methods: [.builtin(builtin)])))
        return interpreter
    }

    /// Waits for the evaluation thread to drop what it returned, then counts.
    static func alive(_ probe: Probe) -> Int {
        for _ in 0..<100 where probe.alive > 0 { usleep(10_000) }
        return probe.alive
    }

    @Test(arguments: [
        "function outer(); A = zeros(3, 3); probe(A); inner(n) = n + sum(A); inner(1); end; for i in 1:5; outer(); end",
        "for i in 1:5; A = zeros(3, 3); probe(A); g = x -> x + sum(A); g(1); end",
        "i = 0; while i < 5; global i += 1; A = zeros(3, 3); probe(A); g = x -> x + sum(A); g(1); end",
        "function fact(n); A = zeros(2); probe(A); f(k) = k <= 1 ? 1 : k * f(k - 1); f(n); end; fact(5)",
        // A generator stored in the scope it reads from closes over it as a closure does.
        "function outer(); A = zeros(3, 3); probe(A); g = (x + sum(A) for x in 1:2); sum(g); end; for i in 1:5; outer(); end",
        "for i in 1:5; A = zeros(3, 3); probe(A); g = (x + sum(A) for x in 1:2); sum(g); end",
    ])
    func aFinishedScopeAndItsClosuresAreFreed(_ source: String) throws {
        let probe = Probe()
        let interpreter = Self.interpreter(probing: probe)
        try interpreter.run(source: source + "\nnothing")
        #expect(probe.boxes.count == 5 || probe.boxes.count == 1)
        #expect(Self.alive(probe) == 0, "\(Self.alive(probe)) of \(probe.boxes.count) arrays outlived their scope")
    }

    @Test func aWorkspaceWithFunctionsIsFreedWithItsInterpreter() throws {
        let probe = Probe()
        do {
            let interpreter = Self.interpreter(probing: probe)
            try interpreter.run(source: "A = zeros(3, 3); probe(A); f(x) = x + sum(A); f(1); nothing")
        }
        #expect(Self.alive(probe) == 0, "the workspace outlived its interpreter")
    }

    /// What escaped keeps what it needs: the scope it closed over and its siblings.
    @Test func escapedClosuresKeepTheirScope() throws {
        let probe = Probe()
        let interpreter = Self.interpreter(probing: probe)
        try interpreter.run(source: """
            function make(n)
                A = fill(1.0, 2); probe(A)
                helper(x) = x + n + sum(A)
                add(x) = helper(x)
                return add
            end
            a = make(5)
            fs = []
            for i in 1:3
                B = fill(1.0, 2); probe(B)
                g = x -> x + i + sum(B)
                push!(fs, g)
            end
            nothing
            """)
        #expect(Self.alive(probe) == 4)
        guard case .float(let a) = try interpreter.run(source: "a(1)") else { Issue.record("a(1) is not a number"); return }
        #expect(a == 8)
        #expect(show(try interpreter.run(source: "[f(10) for f in fs]")) == "[13.0, 14.0, 15.0]")
        try interpreter.run(source: "a = nothing; fs = nothing")
        #expect(Self.alive(probe) == 0, "dropping the closures did not free their scopes")
    }
}

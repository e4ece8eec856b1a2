import Engine
import Testing
@testable import Language

/// The builtins run against any `Runtime`: here a small one with no interpreter
/// behind it, whose output, random source, budget and interruption a test controls.
final class StubRuntime: Runtime {
    var written = ""
    var random = JuliaXoshiro(unsignedSeed: 7)
    var elementBudget = 1_000
    var settings = RuntimeSettings()
    let live = LiveState()
    var recording: ParameterRecording?
    var cancelled = false
    var calls = 0
    var callIsBroadcast = false

    /// Calls builtin function values only; a closure needs an interpreter.
    func call(_ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition) throws -> Value {
        calls += 1
        guard case .function(let function) = callee,
            case .builtin(let builtin)? = function.method(forArgumentCount: arguments.count)
        else { throw RuntimeError("the stub runtime calls builtins only") }
        var args = Arguments(function: builtin.name, values: arguments, keywords: keywords)
        args.isBroadcast = callIsBroadcast
        callIsBroadcast = false
        return try builtin.body(self, &args)
    }

    func write(_ text: String) { written += text }

    func checkCancelled() throws {
        if cancelled { throw RuntimeError.interrupted() }
    }

    /// Calls the library's builtin `name`.
    func run(_ name: String, _ arguments: [Value], _ keywords: KeywordArguments = [:]) throws -> Value {
        let function = try #require(Library.standard.functions[name], "no builtin \(name)")
        return try call(.function(function), arguments, keywords, at: nowhere)
    }
}

struct LibraryTests {
    private func vector(_ xs: [Double]) -> Value { .array(ArrayBox(Tensor(vector: xs))) }

    @Test func aBuiltinComputesWithoutAnInterpreter() throws {
        let runtime = StubRuntime()
        #expect(show(try runtime.run("sum", [vector([1, 2, 3.5])])) == "6.5")
        #expect(show(try runtime.run("+", [.int(1), .int(2), .int(3)])) == "6")
        #expect(show(try runtime.run("reshape", [vector([1, 2, 3, 4]), .int(2), .int(2)])) == "[1.0 3.0; 2.0 4.0]")
    }

    @Test func aBuiltinCallsTheFunctionValuesItIsGivenThroughTheRuntime() throws {
        let runtime = StubRuntime()
        let sqrt = Value.function(try #require(Library.standard.functions["sqrt"]))
        #expect(show(try runtime.run("map", [sqrt, vector([4, 9])])) == "[2.0, 3.0]")
        #expect(runtime.calls >= 3)
    }

    @Test func outputGoesToTheRuntime() throws {
        let runtime = StubRuntime()
        _ = try runtime.run("println", [.string("loss = "), .float(0.25)])
        #expect(runtime.written == "loss = 0.25\n")
    }

    @Test func randomNumbersComeFromTheRuntimesSource() throws {
        let first = StubRuntime(), second = StubRuntime()
        let a = show(try first.run("rand", [.int(3)]))
        #expect(a == show(try second.run("rand", [.int(3)])))
        #expect(a != show(try first.run("rand", [.int(3)])), "the runtime's source should have moved on")
    }

    @Test func theRuntimesBudgetBoundsAllocations() throws {
        let runtime = StubRuntime()
        #expect(throws: RuntimeError.self) { try runtime.run("zeros", [.int(1_001)]) }
        runtime.elementBudget = 2_000
        #expect(show(try runtime.run("length", [try runtime.run("zeros", [.int(1_001)])])) == "1001")
    }

    @Test func aLongBuiltinStopsWhenTheRuntimeIsInterrupted() throws {
        let runtime = StubRuntime()
        runtime.cancelled = true
        let range = Value.range(try RangeValue.ints(1, 1, 1 << 40))
        do {
            _ = try runtime.run("in", [.int(-1), range])
            Issue.record("the search should have been interrupted")
        } catch let error as RuntimeError {
            #expect(error.kind == .interruption)
        }
    }
}

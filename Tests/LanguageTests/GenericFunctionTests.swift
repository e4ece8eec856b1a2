import Testing
@testable import Language

/// `function f end` (manual, methods.md "Empty generic functions"): a generic function
/// with no methods, which the REPL shows as `f (generic function with 0 methods)` and
/// whose call is Julia's MethodError.
struct GenericFunctionTests {
    @Test func itIsAFunctionWithNoMethodsUntilOneIsDefined() throws {
        var printed = ""
        let interpreter = Interpreter(output: { printed += $0 })
        let made = try interpreter.run(source: "function later end")
        #expect(display(made) == "later (generic function with 0 methods)")
        try interpreter.run(source: "later(x) = x + 1\nfunction later end\nprintln(later(1))")
        #expect(printed == "2\n")
        #expect(display(try interpreter.run(source: "later")) == "later (generic function with 1 method)")
    }

    @Test(arguments: [
        ("function f end\nf()", "MethodError: no method matching f()"),
        ("function f end\nf(1, \"a\")", "MethodError: no method matching f(::Int64, ::String)"),
        ("function f end\nf(1; b = 2.0, a = 1)", "MethodError: no method matching f(::Int64; b::Float64, a::Int64)"),
        ("function f end\nf.([1, 2])", "MethodError: no method matching f(::Int64)"),
    ])
    func callingItIsAMethodError(_ source: String, _ message: String) {
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }

    @Test func aTryCatchesTheMethodError() {
        let run = runProgram("function f end\ntry\n    f(1)\ncatch err\n    println(typeof(err))\nend")
        #expect(run.lines == ["MethodError"])
    }

    @Test(arguments: [
        ("x = 1\nfunction x end", "cannot define function x; it already has a value"),
        ("println(sum([1]))\nfunction sum end", "invalid method definition in Main: function Base.sum must be explicitly imported to be extended"),
        ("function Base.foo end", "`function Base.foo end` for a module's function is not supported"),
    ])
    func namesThatCannotBeAnEmptyFunction(_ source: String, _ message: String) {
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }

    /// Before Main has used `sum`, `function sum end` makes a function of Main's own
    /// with no methods, which hides Base's (src/module.c, jl_get_binding_for_method_def).
    @Test func anEmptyFunctionUnderAnUnusedBuiltinNameHasNoMethods() {
        let run = runProgram("function sum end\nprintln(sum)\ntry\n    sum([1])\ncatch e\n    println(typeof(e))\nend")
        #expect(run.lines == ["sum", "MethodError"], "\(run.error ?? "")")
    }

    @Test func aLocalEmptyFunctionStaysInItsFunction() {
        let run = runProgram("function outer_f()\n    function helper end\n    helper(x) = 2x\n    helper(4)\nend\nprintln(outer_f())\nprintln(@isdefined helper)")
        #expect(run.lines == ["8", "false"])
    }
}

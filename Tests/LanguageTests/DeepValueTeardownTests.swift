import Testing
@testable import Language

/// Deeply nested values must be freed without one stack frame per level, wherever
/// their last reference goes: the REPL's :back replaces the workspace on the main
/// thread, `rnnlab run` frees its workspace on the main thread, and the fuzzer drops
/// each interpreter on libFuzzer's thread.
///
/// Found by the fuzzer on 2026-11-27 (`fuzz/run 1800`, after about 10 minutes): a
/// mutation of deep_values.jl nesting a list 10,000 deep overflowed the stack in
/// ListBox's deinit. Each case runs in a child process, so an overflow fails the test
/// rather than the whole run; both crashed before teardown became iterative.
@Suite struct DeepValueTeardownTests {
    @Test func freeingADeeplyNestedListDoesNotOverflowTheStack() async {
        await #expect(processExitsWith: .success) {
            var interpreter: Interpreter? = Interpreter(output: { _ in })
            _ = try? interpreter?.run(source: "l = []\nfor i in 1:300000\n    global l = Any[l]\nend")
            // The last reference goes here, on this thread, not the evaluator's.
            interpreter = nil
        }
    }

    @Test func freeingDeeplyNestedDictionariesAndTuplesDoesNotOverflowTheStack() async {
        await #expect(processExitsWith: .success) {
            var interpreter: Interpreter? = Interpreter(output: { _ in })
            _ = try? interpreter?.run(source: """
                d = Dict()
                for i in 1:100000
                    global d = Dict(:inner => d, :list => Any[(i, d), :k => d])
                end
                """)
            interpreter = nil
        }
    }

    /// Issue 12: the iterative teardown covered lists and dictionaries but not tuples,
    /// pairs and named tuples held directly in a variable, which crashed `:goto`,
    /// `:back`, `:reset all`, `:quit` and the end of `rnnlab run` with SIGSEGV.
    @Test func freeingDeeplyNestedTuplesAndPairsDoesNotOverflowTheStack() async {
        await #expect(processExitsWith: .success) {
            for program in [
                "t = (); for i in 1:300000; global t = (t,); end",
                "t = 1; for i in 1:300000; global t = t => i; end",
                "t = (a = 1,); for i in 1:300000; global t = (a = t, b = i); end",
                "t = (); for i in 1:100000; global t = (i => t, (x = t,)); end",
            ] {
                var interpreter: Interpreter? = Interpreter(output: { _ in })
                _ = try? interpreter?.run(source: program)
                interpreter = nil
            }
        }
    }
}

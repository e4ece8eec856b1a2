import Testing
@testable import Language

/// `(.+)` as a function value: Julia's `Base.Broadcast.BroadcastFunction(+)` (base/broadcast.jl),
/// called as the dotted operator, shown as the struct.
struct BroadcastFunctionTests {
    @Test(arguments: [
        ("println((.+)([1, 2], 10))", "[11, 12]"),
        ("println((.+))", "Base.Broadcast.BroadcastFunction(+)"),
        ("println(typeof(.*))", "Base.Broadcast.BroadcastFunction{typeof(*)}"),
        ("println(map(.*, [[1, 2], [3, 4]], [[5, 6], [7, 8]]))", "[[5, 12], [21, 32]]"),
        ("println(reduce(.+, [[1, 2], [3, 4], [5, 6]]))", "[9, 12]"),
        ("println((.-)([1, 2]))", "[-1, -2]"),
        ("println((.<)([1, 3], 2))", "Bool[1, 0]"),
        ("println((.+) === (.+), \" \", (.+) == (.*))", "true false"),
        ("println((.+)([1, 2], [10, 20], [100, 200]))", "[111, 222]"),
        ("println((.+) isa Function)", "true"),
    ])
    func itIsTheDottedOperator(_ source: String, _ printed: String) {
        let run = runProgram(source)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == [printed])
    }

    @Test func theREPLShowsItAsItsStruct() throws {
        let interpreter = Interpreter(output: { _ in })
        #expect(display(try interpreter.run(source: "(.^)")) == "Base.Broadcast.BroadcastFunction(^)")
    }
}

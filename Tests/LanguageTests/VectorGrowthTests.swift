import Testing
@testable import Language

/// `push!` onto a numeric vector grows its elements' array in place, geometrically,
/// as Julia's does. It used to build a new vector on every call, copying all the
/// elements (O(n²): 40,000 pushes took 2.9 s, a million would take half an hour).
/// Speed belongs in benchmarks, so this counts what made it slow: how often the
/// elements moved to a new buffer.
@Suite struct VectorGrowthTests {
    static func elementsAddress(_ interpreter: Interpreter) -> UnsafeRawPointer? {
        guard case .array(let box) = interpreter.global("v") else { return nil }
        return box.tensor.scalars.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test(arguments: ["push!(v, 1.5)", "append!(v, [1.0, 2.0])", "push!(v, 1, 2, 3)"])
    func growingAVectorMovesItsElementsRarely(_ step: String) throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: "v = [0.5]")
        var moves = 0
        var address = Self.elementsAddress(interpreter)
        for _ in 0..<2_000 {
            try interpreter.run(source: step)
            let now = Self.elementsAddress(interpreter)
            if now != address { moves += 1 }
            address = now
        }
        // Doubling from one element to at most 6,001 moves about 13 times.
        #expect(moves < 40, "the elements moved \(moves) times in 2,000 calls of \(step)")
    }

    @Test func poppingShrinksInPlaceAndKeepsTheElementType() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: "v = collect(1:1000)")
        let before = Self.elementsAddress(interpreter)
        var popped: [Value] = []
        for _ in 0..<999 { popped.append(try interpreter.run(source: "pop!(v)")) }
        #expect(Self.elementsAddress(interpreter) == before)
        guard case .int(1000) = popped[0], case .int(2) = popped[998] else {
            Issue.record("popped \(popped[0]) ... \(popped[998])")
            return
        }
        #expect(show(interpreter.global("v")!) == "[1]")
    }

    @Test func aBadElementLeavesTheVectorAsItWas() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: "v = [1, 2]")
        #expect(throws: RuntimeError.self) { try interpreter.run(source: "push!(v, 3, 4.5)") }
        #expect(show(interpreter.global("v")!) == "[1, 2]")
    }
}

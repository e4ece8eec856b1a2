import Testing
@testable import Language

/// AutoGrad's `Param` and `@diff` beyond what the conformance suite's printed cases
/// show: a Param is the very array it was made from, a recording that is not reached
/// answers `nothing`, and what AutoGrad would refuse is one clear error here too.
/// They call `differentiate(() -> expr)`, the function `@diff expr` stands for.
@Suite struct ParamTests {
    private func lines(_ source: String) -> [String] {
        let (lines, error) = runProgram(source)
        #expect(error == nil, "\(error ?? "")")
        return lines
    }

    @Test func anUpdateInPlaceIsSeenThroughTheArrayTheParamWasMadeFrom() {
        #expect(lines("""
            a = [1.0, 2.0]
            w = Param(a)
            w .-= [0.5, 0.5]
            w[2] = 9.0
            println(a, " ", w)
            """) == ["[0.5, 9.0] P(Vector{Float64}(2))"])
    }

    @Test func aParamUsedOnlyOffTheLossPathHasNoGradient() {
        #expect(lines("""
            w = Param([1.0, 2.0])
            v = Param([3.0])
            J = differentiate(() -> begin
                unused = 2 * v[1]
                sum(w .* w)
            end)
            println(grad(J, w), " ", grad(J, v) === nothing, " ", length(params(J)))
            """) == ["[2.0, 4.0] true 2"])
    }

    @Test func diffWithoutParamsGivesThePlainValue() {
        #expect(lines("""
            x = [1.0, 2.0]
            J = differentiate(() -> sum(x .* x))
            println(J, " ", typeof(J))
            """) == ["5.0 Float64"])
    }

    @Test func differentiateIsTheFunctionBehindDiff() {
        #expect(lines("""
            w = Param([1.0, 2.0, 3.0])
            f(x, k) = k * sum(x)
            J = differentiate(f, w, 2.0)
            println(value(J), " ", grad(J, w))
            """) == ["12.0 [2.0, 2.0, 2.0]"])
    }

    @Test func aParamTransposesAndIsAParam() {
        #expect(lines("""
            w = Param([1.0 2.0; 3.0 4.0]); b = Param([1.0, 2.0])
            J = differentiate(() -> sum(w' * b))
            println(w' * b, " ", grad(J, w), " ", grad(J, b), " ", w isa Param, " ", [1.0] isa Param)
            """) == ["[7.0, 10.0] [1.0 1.0; 2.0 2.0] [3.0, 7.0] true false"])
    }

    @Test func deepcopyMakesNewParamsKeepingWhatWasShared() {
        #expect(lines("""
            p = Param([1.0, 2.0])
            c = deepcopy((p, p))
            c[1] .-= 1
            println(value(c[2]), " ", value(p), " ", c[1] === c[2], " ", c[1] === p)
            """) == ["[0.0, 1.0] [1.0, 2.0] true false"])
    }

    @Test func aDotCallOfAUserFunctionOnTrackedArraysMatchesCentralDifferences() throws {
        // d/dx sum(f.(x, y)) with f(a, b) = a * sin(b) + a^3, y broadcast along rows.
        let (printed, error) = runProgram("""
            f(a, b) = a * sin(b) + a^3
            y = [0.5 1.5]
            loss(x) = sum(f.(x, y))
            x = [0.3, -0.7]
            g = grad(loss)(x)
            h = 1e-6
            numeric = [(loss(x .+ h .* (1:2 .== i)) - loss(x .- h .* (1:2 .== i))) / 2h for i in 1:2]
            println(maximum(abs.(g .- numeric)) < 1e-8, " ", size(g))
            """)
        #expect(error == nil, "\(error ?? "")")
        #expect(printed == ["true (2,)"])
    }

    @Test func aDotCallOnTrackedArraysRefusesFunctionsThatDoNotReturnNumbers() {
        let (_, error) = runProgram("pair(t) = [t, t]\ngrad(x -> sum(sum(pair.(x))))([1.0, 2.0])")
        #expect(error?.contains("needs a function that returns a number") == true, "\(error ?? "no error")")
    }

    @Test(arguments: [
        ("w = Param(3.0)\nw .-= 1.0", "cannot be updated in place"),
        ("w = Param([1.0])\nJ = differentiate(() -> differentiate(() -> sum(w)))", "@diff inside another @diff"),
        ("w = Param([1.0, 2.0])\nJ = differentiate(() -> w .* 2)", "only scalar valued functions"),
        ("w = Param([1.0, 2.0])\nw .+= [1.0 2.0; 3.0 4.0]", "DimensionMismatch"),
        ("A = [1, 2]\nA .+= 0.5", "InexactError"),
        ("Param(\"text\")", "a Param must hold a number or a numeric array"),
    ])
    func refusals(_ source: String, _ message: String) {
        let (_, error) = runProgram(source)
        #expect(error?.contains(message) == true, "\(error ?? "no error")")
    }
}

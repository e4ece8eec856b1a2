import Engine
import Testing
@testable import Language

/// Dot fusion against the unfused evaluation (`fusesBroadcasts` off, each dotted
/// operation on whole arrays, one at a time): the same values with the same element
/// types and shapes, the same gradients inside `grad`, the same errors; and Julia's
/// meaning where the two differ, that a fused tree calls each function once per element
/// of the result, in one loop. .ci/test runs this suite once per kernel build.
@Suite struct DotFusionTests {
    static let setup = """
        x = [0.5, -1.25, 2.0]
        y = [1.5 -0.5]
        M = [1.0 2.0 -3.0; 0.25 -4.0 5.0]
        v = collect(1.0:300.0) ./ 7
        n = [1, 2, 3]
        b = [true, false, true]
        s = 0.25
        z = [NaN, 0.0, -0.0, Inf, -Inf, 1.0]
        r = 0.1:0.1:0.6
        leaked = [0.0]
        grad(p -> (global leaked = p .* 2; sum(p)))([1.5, -0.5, 2.5])
        """

    static let expressions = [
        "x .+ 2 .* x", "tanh.(x .* 0.5) .+ 1", "x .+ y", "M .* y[1] .- x[1]", "sqrt.(abs.(M)) .- exp.(M ./ 10)",
        "sigm.(v .- 20) .* v .^ 2", "log.(abs.(M) .+ 1) ./ (1 .+ M .^ 2)", "clamp.(M .* 3, -5, 5)",
        "max.(x, 0.0) .+ min.(y, 0)", "relu.(M .- 1)", "x .> 0", "M .<= 1", "v' .* x .- s", "2 .^ x", "x .^ 3 .- x ./ 0",
        ".-x .+ 1", "(1:3) .+ x ./ 2", "x .\\ 1", "abs.(M) .^ s .+ v[1:3]'", "exp.(v ./ 100) .* tanh.(v' ./ 50)",
        // Left to the other evaluations (integers, Bools, joined comparisons), which must agree too.
        // NaN, infinities and signed zeros through every kind of step.
        "max.(z, 0.0) .+ min.(z, -0.0)", "z .* 0.0 .+ 1", "z .== z", "z .!= NaN", "sqrt.(abs.(z)) .- tanh.(z)",
        "exp.(z) ./ (1 .+ z)", "clamp.(z, -1, 1) .* 2", "z .^ 2 .- abs.(z) .^ 0.5", "sigm.(z) .- relu.(z)", "log.(abs.(z)) .+ z",
        "max.(z, NaN) .- 1", "-z .+ 0.0", "z ./ z", "z .>= -Inf",
        // Int and Float mixed; Float and Int ranges; numbers on either side.
        "n ./ 2 .+ x", "n .* 0.5 .- 1", "x .- n .* n", "n .^ 0.5 .+ x", "x .^ n", "r .* x[1] .+ 1", "r .+ r'", "(1:6) .- z",
        "x .< 9007199254740993", "x .+ 9007199254740993", "b .+ 0.5 .* x", "2 .* 3 .+ 1", "s .* x .+ s", "x[1] .+ M .* 2",
        // A value recorded by a finished grad computes on as a constant.
        "tanh.(leaked .+ 1)", "leaked .* x .- 1", "exp.(leaked) .> 1",
        // Written in place.
        "u = zeros(3); u .= tanh.(x .* 2 .+ 1); u", "w2 = copy(x); w2 .-= 0.1 .* x ./ (sqrt.(abs.(x)) .+ 1e-8); w2",
        "m2 = copy(M); m2 .+= M .* M; m2[1, :] .= exp.(x ./ 2 .- 1); m2",
        // In place when the destination itself is a leaf, or a slice of it (a copy) is.
        "u = copy(x); u .= u .+ u[end:-1:1]; u", "u = copy(x); u .= u .* 2 .+ u; u", "u = copy(M); u .*= u .- M[:, 1]; u",
        // Signed zeros and NaN written as computed; a smaller result stretched into the array.
        "u = copy(z); u .= z .* -1.0; u", "u = ones(6); u .= -0.0 .* z; u", "u = copy(M); u .= M[:, 1] .* 2 .+ 1; u",
        "u = copy(M); u .-= y' .* 0.5 .+ s; u", "u = copy(z); u .+= z ./ 0.0; u",
        // Arrays held in a list, numbers and ranges on the right, Bools into Float64.
        "l = [copy(x), copy(M)]; for i in 1:2; l[i] .-= 0.1 .* l[i] ./ (sqrt.(abs.(l[i])) .+ 1e-8); end; l[2]",
        "u = collect(1.0:3.0); u .*= (1:3) .+ 0.5; u", "u = copy(x); u .= x .> 0; u", "u = abs.(x); u .^= 2 .* s; u",
        // Not fused (Int destination, a plain right side, one name for the array), computed the same.
        "k = [1, 2, 3]; k .+= n .* 2; k", "u = copy(x); u .+= x; u", "u = copy(x); a = u; u .+= 1 .* x; a",
        "n .+ 1", "n .* 2 .- n", "b .* x", "(0 .<= x) .& (x .< 1)", "abs.(n) .+ 1", "sin.(x) .+ cos.(y)",
    ]

    static func interpreter(fusing: Bool) throws -> Interpreter {
        let interpreter = Interpreter(output: { _ in })
        interpreter.fusesBroadcasts = fusing
        interpreter.fusedBroadcastMinimum = 0  // every qualifying tree (and write in place) takes the engine's fused pass
        try interpreter.run(source: setup)
        return interpreter
    }

    /// Whether two results are the same value: same kind, element type, shape and bits.
    static func same(_ a: Value, _ b: Value) -> Bool {
        func bits(_ t: Tensor) -> [UInt64] { t.scalars.map { $0.isNaN ? 0x7FF8_0000_0000_0000 : $0.bitPattern } }
        switch (a, b) {
        case (.array(let p), .array(let q)):
            return p.elementType == q.elementType && p.tensor.shape == q.tensor.shape && bits(p.tensor) == bits(q.tensor)
        case (.tracked(let p), .tracked(let q)):
            return p.shape == q.shape && bits(p.value) == bits(q.value)
        default:
            return show(a) == show(b)
        }
    }

    @Test(arguments: expressions)
    func fusedValuesAreTheUnfusedValues(_ expression: String) throws {
        let fused = try Self.interpreter(fusing: true).run(source: expression)
        let unfused = try Self.interpreter(fusing: false).run(source: expression)
        #expect(Self.same(fused, unfused), "\(expression): fused \(show(fused)), unfused \(show(unfused))")
    }

    static let losses = [
        "p -> sum(tanh.(p .* x .+ s) .^ 2)",
        "p -> sum(sigm.(M .* p) .- p ./ (1 .+ exp.(p)))",
        "p -> sum(sqrt.(p .* p .+ 1) .* log.(p .^ 2 .+ 2))",
        "p -> sum(clamp.(p .* 4, -1, 1) .+ abs.(p) .- relu.(.-p))",
        "p -> sum((p .- y) .^ 2 ./ 2)",
        "p -> sum((abs.(x) .+ 0.5) .^ p)",
        "p -> sum(tanh.(M' * p[1:2] .+ x .* s) .^ 2)",
        "p -> sum(exp.(p .- 1) ./ sum(exp.(p .- 1)) .* x[1])",
    ]

    static let points = ["x", "M", "y", "[0.75, -0.3, 1.1]", "[0.3 0.6]"]

    @Test(arguments: losses)
    func fusedGradientsAreTheUnfusedGradients(_ loss: String) throws {
        for point in Self.points {
            let source = "let f = \(loss); value_and_grad(f)(\(point)) end"
            let fused: Value, unfused: Value
            do {
                fused = try Self.interpreter(fusing: true).run(source: source)
            } catch let error as RuntimeError {
                // A shape the loss does not take fails the same way unfused.
                #expect(throws: RuntimeError.self) { try Self.interpreter(fusing: false).run(source: source) }
                _ = error
                continue
            }
            unfused = try Self.interpreter(fusing: false).run(source: source)
            guard case .tuple(let f) = fused, case .tuple(let u) = unfused,
                  case .float(let fv) = f[0], case .float(let uv) = u[0],
                  case .array(let fg) = f[1], case .array(let ug) = u[1]
            else {
                Issue.record("\(loss) at \(point): unexpected results \(show(fused)), \(show(unfused))")
                continue
            }
            #expect(fv == uv, "\(loss) at \(point): loss \(fv) fused, \(uv) unfused")
            // Equal but for the order of the sums a stretched operand's gradient takes.
            let worst = zip(fg.tensor.scalars, ug.tensor.scalars).map { abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? 0
            #expect(fg.tensor.shape == ug.tensor.shape && worst <= 1e-13, "\(loss) at \(point): gradient off by \(worst)")
        }
    }

    @Test func aFusedTreeCallsEachFunctionOncePerElementInOneLoop() throws {
        let interpreter = try Self.interpreter(fusing: true)
        try interpreter.run(source: """
            calls = String[]
            f(v) = (push!(calls, "f$v"); v)
            g(v) = (push!(calls, "g$v"); v)
            r = f.([1, 2]) .+ g.([10 20])
            """)
        // Column-major over the 2×2 result, f then g for each element, as Julia's loop runs.
        #expect(show(try interpreter.run(source: "join(calls, \" \")")) == "\"f1 g10 f2 g10 f1 g20 f2 g20\"")
        #expect(show(try interpreter.run(source: "r")) == show(try interpreter.run(source: "[11 21; 12 22]")))
        // Once per element of a vector, with its result collected by type.
        try interpreter.run(source: "count = 0; h(t) = (global count += 1; 2t)")
        #expect(show(try interpreter.run(source: "h.(x) .+ 1")) == show(try interpreter.run(source: "[2.0, -1.5, 5.0]")))
        #expect(show(try interpreter.run(source: "count")) == "3")
    }

    @Test func unfusedTreesCallEachFunctionOncePerArgumentElement() throws {
        // The reference the fused order differs from: f for every element, then g.
        let interpreter = try Self.interpreter(fusing: false)
        try interpreter.run(source: """
            calls = String[]
            f(v) = (push!(calls, "f$v"); v)
            g(v) = (push!(calls, "g$v"); v)
            r = f.([1, 2]) .+ g.([10 20])
            """)
        #expect(show(try interpreter.run(source: "length(calls)")) == "4")
    }

    static let failing = [
        "x .+ [1.0, 2.0]", "tanh.(x) .* M", "sqrt.(x) .+ 1", "log.(M .- 10)", "x .^ 0.5",
        "x .^ [0.5, 0.5, 0.5]", "(-2) .^ x", "tanh.(x) .+ undefined_name", "sqrt.(x .- 10) .+ log.(x .- 10)", "clamp.(x, 1, 0) .+ [1, 2]",
        // Written in place.
        "u = copy(x); u .+= M .* 2", "u = copy(x); u .= y .* 2", "u = copy(x); u .= sqrt.(x .- 10)", "u = copy(x); u .-= x .+ [1, 2]",
        "k = [1, 2, 3]; k .= x .* 1.5", "u = copy(x); u .+= tanh.(x) .* undefined_name", "undefined_name .+= x .* 2",
        "u = copy(x); u .^= x .* 0.5 .+ [1.5, 2, 3]", "u = copy(x); u .= x .^ 0.5 .+ 1",
    ]

    @Test(arguments: failing)
    func fusedErrorsAreTheUnfusedErrors(_ expression: String) throws {
        func failure(_ fusing: Bool) throws -> RuntimeError? {
            do {
                _ = try Self.interpreter(fusing: fusing).run(source: expression)
                return nil
            } catch let error as RuntimeError {
                return error
            }
        }
        let fused = try failure(true), unfused = try failure(false)
        #expect(fused != nil, "\(expression) should fail")
        #expect(fused?.message == unfused?.message && fused?.kind == unfused?.kind && fused?.position == unfused?.position,
                "\(expression): fused «\(fused?.message ?? "")», unfused «\(unfused?.message ?? "")»")
    }

    @Test func theFirstFailingElementInLoopOrderIsNamed() throws {
        // Julia's one loop meets log(-1.0) at element 1 before sqrt(-4.0) at element 2; the
        // node-by-node evaluation runs all of sqrt.() first, so it names sqrt: the one place
        // the two differ, where the fused one is Julia's.
        let source = "sqrt.([1.0, -4.0]) .+ log.([-1.0, 2.0])"
        #expect(throws: RuntimeError.self) { try Self.interpreter(fusing: false).run(source: source) }
        do {
            _ = try Self.interpreter(fusing: true).run(source: source)
            Issue.record("\(source) should fail")
        } catch let error as RuntimeError {
            #expect(error.message.contains("log") && error.message.contains("-1.0"), "\(error.message)")
        }
    }

    @Test func aFusedWriteInPlaceReadsTheOldValuesAsJuliaDoes() throws {
        // Julia's broadcast! copies a source that aliases the destination (unalias), so
        // x .+ x[end:-1:1] reads the old x throughout: [1+3, 2+2, 3+1], not [4, 4, 7].
        let interpreter = try Self.interpreter(fusing: true)
        #expect(show(try interpreter.run(source: "u = [1.0, 2.0, 3.0]; u .= u .+ u[end:-1:1]; u")) == "[4.0, 4.0, 4.0]")
        #expect(show(try interpreter.run(source: "u = [1.0, 2.0, 3.0]; u .= u[end:-1:1] .* 1.0; u")) == "[3.0, 2.0, 1.0]")
        // The same array, written where it lies: every other name for it sees the change.
        #expect(show(try interpreter.run(source: "u = [1.0, 2.0]; a = u; l = [u]; l[1] .-= 0.5 .* u; (a, u === a)")) == "([0.5, 1.0], true)")
    }

    @Test func aWriteInPlaceCallsEachFunctionOncePerElement() throws {
        for fusing in [true, false] {
            let interpreter = try Self.interpreter(fusing: fusing)
            try interpreter.run(source: "count = 0; h(t) = (global count += 1; 2t); u = zeros(3); u .= h.(x) .+ 1 .* x")
            #expect(show(try interpreter.run(source: "count")) == "3")
            #expect(show(try interpreter.run(source: "u")) == "[1.5, -3.75, 6.0]")
        }
    }

    @Test func aWriteInPlaceInsideGradIsRefusedAsBefore() throws {
        // Writing a tracked value into an array is not supported; the fused write leaves it
        // to the ordinary one, which says so, and writes nothing.
        let source = "u = zeros(3); grad(p -> (u .= p .* 2 .+ 1; sum(p)))([1.0, 2.0, 3.0])"
        for fusing in [true, false] {
            let interpreter = try Self.interpreter(fusing: fusing)
            #expect(throws: RuntimeError.self) { try interpreter.run(source: source) }
            #expect(show(try interpreter.run(source: "u")) == "[0.0, 0.0, 0.0]")
        }
        // A value of the recording that escaped it is a constant afterwards, and is written.
        let interpreter = try Self.interpreter(fusing: true)
        #expect(show(try interpreter.run(source: "u = zeros(3); u .= leaked .* 2 .+ 1; u")) == "[7.0, -1.0, 11.0]")
    }

    @Test func smallBroadcastsStayNodeByNodeAndComputeTheSame() throws {
        // The default minimum sends small trees node by node and large ones to the fused
        // pass; both give what the reference gives.
        for source in ["tanh.(x .* 2 .+ 1) .- x", "big = collect(1.0:5000.0) ./ 9; sqrt.(big) .* 2 .- exp.(big ./ 1000)",
                       "big = collect(1.0:5000.0) ./ 9; u = copy(big); u .-= 0.1 .* big ./ (sqrt.(u) .+ 1e-8); u"] {
            let defaults = Interpreter(output: { _ in })
            try defaults.run(source: Self.setup)
            #expect(Self.same(try defaults.run(source: source), try Self.interpreter(fusing: false).run(source: source)), "\(source)")
        }
    }

    @Test func mixedNumberTypesFromAFunctionJoinToReal() throws {
        // Julia collects [1, 0.5] from a broadcast as a Vector{Real}, each element kept as it is.
        let interpreter = try Self.interpreter(fusing: true)
        let joined = try interpreter.run(source: "[1, 2] .|> [identity, inv]")
        #expect(show(joined) == "Real[1, 0.5]")
        #expect(typeName(joined) == "Vector{Real}")
        #expect(show(try interpreter.run(source: "[1, 2] .|> [inv, inv]")) == "[1.0, 0.5]")
    }
}

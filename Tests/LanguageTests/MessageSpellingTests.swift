import Testing
@testable import Language

/// Errors speak Julia and name what the learner wrote (issue 12): `NaN` and `Inf`,
/// never Swift's `nan` and `inf`; the builtin the learner called (`sgd!`, `softmax`,
/// `eye`, an alias such as `I` or `seed!`), never the engine step inside it (`add!`,
/// `maximum`, `shape`) or the alias's original (`eye`, `srand`).
@Suite struct MessageSpellingTests {
    static func error(of source: String) -> String {
        do {
            try Interpreter(output: { _ in }).run(source: source)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("w = [1.0, 2.0]; sgd!(w, [1.0])", "sgd!: shapes (2,) and (1,) do not match", "add!"),
        ("eye(-1)", "eye: shape (-1, -1) has a negative dimension", "shape:"),
        ("seed!(\"a\")", "seed!: the seed must be an integer", "srand"),
        ("sigmoid(\"a\")", "sigmoid: expected a number or an array", "sigm:"),
        ("Int64(\"a\")", "Int64: the argument must be a number", "Int:"),
        ("softmax(Float64[])", "softmax: ", "maximum"),
        ("cond([1.0 NaN; 1.0 2.0])", "cond: the matrix contains NaN or Inf", "svdvals"),
        ("clip!([1.0, 2.0], NaN)", "clip!: the threshold must be positive, got NaN", "nan"),
        ("opnorm([1.0 2.0; 3.0 4.0], NaN)", "opnorm: p must be 1, 2 or Inf, not NaN", "nan"),
        ("scale_radius([1.0 2.0; 3.0 4.0], Inf)", "scale_radius: radius must be finite and ≥ 0, not Inf", "inf"),
        // Julia's `(:)` takes Inf literally and fails rounding the length (base/twiceprecision.jl).
        ("x = 1:Inf", "InexactError: round(Int64, Inf)", "inf"),
    ])
    func theMessageNamesWhatTheLearnerWrote(_ source: String, _ expected: String, _ internalName: String) {
        let said = Self.error(of: source)
        #expect(said.contains(expected), "\(source): \(said)")
        #expect(!said.contains(internalName), "\(source) names `\(internalName)`: \(said)")
    }

    /// A builtin called by another (`map(sgd!, ...)`) keeps its own name.
    @Test func aBuiltinCalledByAnotherKeepsItsName() {
        let said = Self.error(of: "map(x -> eye(x), [-1])")
        #expect(said.contains("eye: shape (-1, -1)"), "\(said)")
    }
}

import Engine

// AutoGrad.jl's interface, which Knet re-exports: `Param(x)` marks an array (or a
// number) as a parameter; `@diff expr` (the function `differentiate`) evaluates expr
// recording every operation on the Params it uses and returns the recording, `T(loss)`;
// `grad(J, w)` and `value(J)` read it; `params` lists the Params of a model or a
// recording. A Param outside `@diff` is simply its array.

/// `Param(x)`: a parameter to differentiate with respect to. It is its array in
/// arithmetic, indexing, dot calls and builtins (`HostObject.numericValue`), and the
/// same array: `.-=` and `w[i] = x` write into it, and the array it was made from sees
/// the change, as in AutoGrad.
final class Param: HostObject {
    /// The number or array the parameter holds.
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// The builtins that see a Param itself rather than its array: output and type
    /// queries, the AutoGrad functions, and the containers a Param is put into.
    static let builtinsSeeingTheParam = [
        "println", "print", "show", "display", "string", "repr", "typeof", "summary",
        "push!", "pushfirst!", "append!", "insert!", "tuple", "identity", "Dict", "deepcopy",
        "value", "grad", "params", "differentiate",
    ]

    var juliaTypeName: String { "Param{\(typeName(value))}" }

    func show() -> String { "P(\(summaryInside(value)))" }

    /// An array Param displays as its array does, under its own type.
    func display(width: Int, height: Int) -> String {
        guard case .array(let box) = value, box.tensor.rank > 0 else { return show() }
        let arrayView = Language.display(value, width: width, height: height)
        let arrayType = typeName(value)
        guard let headerEnd = arrayView.firstIndex(of: "\n"), let typeStart = arrayView[..<headerEnd].range(of: " " + arrayType) else {
            return arrayView
        }
        return arrayView.replacingCharacters(in: typeStart, with: " " + juliaTypeName)
    }

    /// What `summary` says: `3-element Param{Vector{Float64}}`.
    var summary: String {
        let arrayText = describeType(value)
        let arrayType = typeName(value)
        guard arrayText.hasSuffix(arrayType) else { return juliaTypeName }
        return arrayText.dropLast(arrayType.count) + juliaTypeName
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try runtime.forEachElement(of: value, body)
    }

    func property(_ name: String) -> Value? { name == "value" ? value : nil }
    var propertyNames: [String] { ["value"] }

    var length: Int? {
        switch value {
        case .array(let box): return box.tensor.count
        case .range(let r): return r.count
        default: return 1
        }
    }

    func numericValue(_ runtime: any Runtime) throws -> Value? {
        guard let recording = runtime.recording else { return value }
        return .tracked(try recording.variable(for: self, runtime))
    }

    var inPlaceStorage: Value? {
        if case .array = value { return value }
        return nil
    }

    /// `deepcopy(model)` gives new Params holding copies of the arrays, as Julia's
    /// deepcopy of a mutable struct does.
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { Param(copying(value)) }
}

/// AutoGrad's one-line description of a value inside `P(...)` and `T(...)`: an
/// array by its type and size, `Vector{Float64}(3)`; anything else as printed.
private func summaryInside(_ value: Value) -> String {
    switch value {
    case .array(let box) where box.tensor.rank > 0:
        return typeName(value) + "(" + box.tensor.shape.map(String.init).joined(separator: ",") + ")"
    default:
        return printString(value)
    }
}

/// The Params one `@diff` has met so far, each put on the recording's tape once, in
/// the order they were first used (the order `params(J)` lists them).
public final class ParameterRecording {
    let tape = Tape()
    fileprivate private(set) var parameters: [(param: Param, variable: Var)] = []
    private var positions: [ObjectIdentifier: Int] = [:]

    /// The tracked value standing for `param` on this recording.
    fileprivate func variable(for param: Param, _ runtime: any Runtime) throws -> Var {
        if let i = positions[ObjectIdentifier(param)] { return parameters[i].variable }
        guard let (plain, _) = try runtime.operand(param.value) else {
            throw RuntimeError("@diff: a Param must hold a number or a numeric array, not \(describeType(param.value))", kind: .argument)
        }
        let variable = tape.parameter(plain.value)
        positions[ObjectIdentifier(param)] = parameters.count
        parameters.append((param, variable))
        return variable
    }
}

/// What `@diff` returns when Params took part: the loss and the gradient of each Param
/// the recording met. Shown as AutoGrad shows its tape, `T(14.0)`.
final class DifferentiationResult: HostObject {
    let loss: Value
    /// Every Param the recording met, in order, with its gradient; nil where the loss
    /// does not depend on it (AutoGrad's `grad` is then `nothing`).
    let gradients: [(param: Param, gradient: Value?)]

    init(loss: Value, gradients: [(param: Param, gradient: Value?)]) {
        self.loss = loss
        self.gradients = gradients
    }

    var juliaTypeName: String { "AutoGrad.Tape" }
    func show() -> String { "T(\(summaryInside(loss)))" }

    func gradient(of param: Param) -> Value {
        gradients.first { $0.param === param }?.gradient ?? .nothing
    }
}

extension Runtime {
    /// The array a Param stands for (recorded, inside `@diff`); nil for any other value.
    func numericHostValue(_ value: Value) throws -> Value? {
        guard case .host(let object) = value else { return nil }
        return try object.numericValue(self)
    }

    /// The arguments with every Param replaced by its array, or unchanged (and not
    /// copied) when there is none.
    func replacingNumericHosts(_ values: [Value]) throws -> [Value] {
        guard values.contains(where: { if case .host = $0 { return true } else { return false } }) else { return values }
        return try values.map { try numericHostValue($0) ?? $0 }
    }

    /// What an in-place write (`.=`, `.-=`, `x[i] = v`) writes into: a Param's array, or
    /// the value itself. A Param of a number cannot be written into in place.
    func inPlaceTarget(_ value: Value) throws -> Value {
        guard case .host(let object) = value, try object.numericValue(self) != nil else { return value }
        guard let storage = object.inPlaceStorage else {
            throw RuntimeError("a Param holding \(describeType((object as? Param)?.value ?? value)) cannot be updated in place; only a Param of an array can", kind: .notSupported)
        }
        return storage
    }

    /// AutoGrad's `differentiate`, behind `@diff`: runs `body` recording every Param it
    /// uses, then returns the recording with the loss and gradients, or the plain result
    /// when no Param took part.
    func differentiate(_ body: () throws -> Value) throws -> Value {
        guard recording == nil else {
            throw RuntimeError("@diff inside another @diff (a higher-order gradient) is not supported", kind: .notSupported)
        }
        let current = ParameterRecording()
        recording = current
        defer {
            recording = nil
            current.tape.finish()
        }
        let result = try body()
        guard case .tracked(let loss) = result, loss.isTracked else { return try detached(result) }
        guard loss.tape === current.tape else {
            throw RuntimeError("@diff inside a function given to grad (a higher-order gradient) is not supported", kind: .notSupported)
        }
        guard loss.value.rank == 0 else {
            throw RuntimeError("@diff: only scalar valued functions are supported, but the expression gave \(describeType(result))", kind: .assertion)
        }
        let gradients = try current.tape.gradientsIfReached(of: loss, for: current.parameters.map(\.variable))
        let paired = zip(current.parameters, gradients).map { entry, gradient -> (param: Param, gradient: Value?) in
            guard let gradient else { return (entry.param, nil) }
            let shaped: Value = entry.variable.value.rank == 0 ? .float(gradient.scalars[0]) : .floats(gradient)
            return (entry.param, shaped)
        }
        return .host(DifferentiationResult(loss: .float(loss.value.scalars[0]), gradients: paired))
    }

    /// AutoGrad's `params`: the Params inside a value, each once, in the order a walk
    /// through its fields meets them.
    fileprivate func parameters(in value: Value) throws -> [Value] {
        var found: [Value] = []
        var seen = Set<ObjectIdentifier>()
        // A model that holds itself still has each of its Params once: skip the repeat.
        let structure = StructureWalk(of: "params: the value", onCycle: .skip, checkCancelled: checkCancelled)
        func walk(_ value: Value, depth: Int) throws {
            if case .host(let param as Param) = value {
                if seen.insert(ObjectIdentifier(param)).inserted { found.append(value) }
                return
            }
            guard let parts = StructureWalk.parts(of: value, keys: true) else { return }
            _ = try structure.visit(value, depth: depth) {
                for part in parts { try walk(part, depth: depth + 1) }
            }
        }
        try walk(value, depth: 0)
        return found
    }
}

extension Library {
    mutating func registerAutoGradBuiltins() {
        define("Param", 1...1, help: "Param(x) — mark an array (or number) as a parameter for @diff to differentiate with respect to") { interp, args in
            switch args[0] {
            case .int, .float, .bool, .array, .range: return .host(Param(args[0]))
            case .tracked:
                throw RuntimeError("Param: a Param of a recorded value (inside @diff or grad) is not supported", kind: .notSupported)
            default:
                throw RuntimeError("Param: a Param must hold a number or a numeric array, not \(describeType(args[0]))", kind: .notSupported)
            }
        }
        define("value", 1...1, help: "value(x) — the array inside a Param, the loss of a @diff result, or x itself") { interp, args in
            switch args[0] {
            case .host(let param as Param): return param.value
            case .host(let result as DifferentiationResult): return result.loss
            case .tracked: return try interp.detached(args[0])
            default: return args[0]
            }
        }
        define("params", 1...1, help: "params(x) — the Params inside a model (or used by a @diff result), as a Vector{Param}") { interp, args in
            let found: [Value]
            if case .host(let result as DifferentiationResult) = args[0] {
                found = result.gradients.map { .host($0.param) }
            } else {
                found = try interp.parameters(in: args[0])
            }
            let list = ListBox(found)
            list.declaredElementType = "Param"
            return .list(list)
        }
        define("differentiate", 1...Int.max, keywords: .forwarded, help: "differentiate(f, args...) — f(args...) recorded for gradients, as @diff f(args...)") { interp, args in
            let f = args[0]
            let rest = Array(args.values.dropFirst())
            let keywords = args.keywords
            args.keywords = [:]
            return try interp.differentiate { try interp.call(f, rest, keywords, at: interp.nowhere) }
        }
    }
}

import Engine

/// LinearAlgebra's `UniformScaling{T}`: λ times the identity of whatever size the other
/// operand asks for. `I` is `UniformScaling(true)` (stdlib/LinearAlgebra/src/uniformscaling.jl).
/// It prints as its struct, `UniformScaling{Bool}(true)`, and in the REPL as
/// `UniformScaling{Bool}` over `true*I`. Its arithmetic is that file's methods: with a
/// number it is λ itself (`I + 1` is 2), scaled it stays a UniformScaling (`2I`), with a
/// square matrix it adds λ to the diagonal (`A + I`, `I - A`) or scales (`A * I`).
/// `I(n)`, Julia's `Diagonal{Bool, Vector{Bool}}`, is refused: the notebook has no
/// Diagonal type, and a dense matrix would print otherwise.
final class UniformScalingValue: HostObject {
    /// λ: a Bool, Int64 or Float64.
    let lambda: Value

    init(_ lambda: Value) { self.lambda = lambda }

    var juliaTypeName: String { "UniformScaling{\(typeName(lambda))}" }

    func show() -> String { juliaTypeName + "(" + Language.show(lambda) + ")" }

    /// `show(io, ::MIME"text/plain", J)`: the type, then `λ*I`, λ in parentheses when its
    /// text has a sign between word characters (`(1.0e-5)*I`).
    func display(width: Int, height: Int) -> String {
        var text = Language.show(lambda)
        if Self.hasInnerSign(text) { text = "(" + text + ")" }
        return juliaTypeName + "\n" + text + "*I"
    }

    /// Julia's test `occursin(r"\w+\s*[\+\-]\s*\w+", s)`.
    private static func hasInnerSign(_ text: String) -> Bool {
        let characters = Array(text)
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        for (i, c) in characters.enumerated() where c == "+" || c == "-" {
            var before = i - 1
            while before >= 0 && characters[before] == " " { before -= 1 }
            var after = i + 1
            while after < characters.count && characters[after] == " " { after += 1 }
            if before >= 0, after < characters.count, isWord(characters[before]), isWord(characters[after]) { return true }
        }
        return false
    }

    /// `==` of two UniformScalings compares λ (`1I == I`); `===` is in `identical`.
    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? UniformScalingValue else { return false }
        return Self.number(lambda) == Self.number(other.lambda)
    }

    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { self }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let n): Double(n)
        case .float(let x): x
        default: nil
        }
    }
}

extension Runtime {
    /// `a op b` when either side is a UniformScaling, as uniformscaling.jl defines it; nil
    /// when neither is one, or for the operators that do not look inside (`===`, `=>`,
    /// `in`). What the file defines otherwise, or does not define, is refused.
    func uniformScalingOperation(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> Value? {
        let left = a.uniformScaling, right = b.uniformScaling
        guard left != nil || right != nil else { return nil }
        switch op {
        case .identical, .notIdentical, .pair, .in, .notIn: return nil
        default: break
        }
        func refused() -> RuntimeError {
            RuntimeError("`\(dotted ? "." : "")\(op.spelling)` of \(describeType(a)) and \(describeType(b)) is not supported (Julia's UniformScaling methods are reproduced for + - * / with numbers, square matrices and other UniformScalings)", kind: .notSupported)
        }
        guard !dotted else { throw refused() }
        if let j = left, let k = right {
            switch op {
            case .plus, .minus, .times: return .host(UniformScalingValue(try binaryOperation(op, j.lambda, k.lambda)))
            case .divide:
                guard UniformScalingValue.number(k.lambda) != 0 else { throw singular() }
                return .host(UniformScalingValue(try binaryOperation(.divide, j.lambda, k.lambda)))
            case .equal: return .bool(j.isEqual(to: k))
            case .notEqual: return .bool(!j.isEqual(to: k))
            default: throw refused()
            }
        }
        let (j, other, scalingFirst) = left.map { ($0, b, true) } ?? (right!, a, false)
        if other.isNumber {
            switch op {
            // J ± x is λ ± x; x * J, J * x and J / x scale J.
            case .plus, .minus: return try binaryOperation(op, scalingFirst ? j.lambda : other, scalingFirst ? other : j.lambda)
            case .times: return .host(UniformScalingValue(try binaryOperation(.times, scalingFirst ? j.lambda : other, scalingFirst ? other : j.lambda)))
            case .divide where scalingFirst: return .host(UniformScalingValue(try binaryOperation(.divide, j.lambda, other)))
            default: throw refused()
            }
        }
        guard case .array(let box) = other, box.wrapper == .none || box.wrapper == .bitArray else { throw refused() }
        let matrix = box.tensor.rank == 2
        switch op {
        case .plus where matrix: return try diagonalShifted(box, by: j.lambda, negated: false)
        // A - J is A + (-J); J - A starts from -A.
        case .minus where matrix && scalingFirst: return try diagonalShifted(box, by: j.lambda, negated: true)
        case .minus where matrix: return try diagonalShifted(box, by: try unaryOperation(.minus, j.lambda), negated: false)
        case .times where box.tensor.rank == 1 && !scalingFirst:
            // v * J is reshape(v, n, 1) * λ: an n×1 matrix.
            let column = Value.array(ArrayBox(try box.tensor.reshaped([box.tensor.count, 1]), elementType: box.elementType))
            return try binaryOperation(.times, column, j.lambda)
        case .times where matrix || box.tensor.rank == 1:
            return try binaryOperation(.times, scalingFirst ? j.lambda : other, scalingFirst ? other : j.lambda)
        case .divide where matrix && !scalingFirst:
            guard UniformScalingValue.number(j.lambda) != 0 else { throw singular() }
            return try binaryOperation(.divide, other, j.lambda)
        default: throw refused()
        }
    }

    /// `A + J` (`J - A` when `negated`: from -A): a copy of the square matrix in the type
    /// of `a + J` for an element a of A (`promote_op`), with λ added to each diagonal
    /// element as `B[i,i] += J` adds it.
    private func diagonalShifted(_ box: ArrayBox, by lambda: Value, negated: Bool) throws -> Value {
        let (rows, columns) = (box.tensor.size(0), box.tensor.size(1))
        guard rows == columns else {
            // LinearAlgebra.checksquare's error.
            throw ExceptionValue(kind: .dimensionMismatch, fields: [("msg", .string("matrix is not square: dimensions are (\(rows), \(columns))"))]).error
        }
        guard let lambdaType = ElementType.of(lambda) else {
            throw RuntimeError("a UniformScaling of \(describeType(lambda)) is not supported", kind: .notSupported)
        }
        let type = ElementType.result(of: .plus, box.elementType, lambdaType)
        var elements = (0..<box.tensor.count).map { box.element(at: $0) }
        if negated { elements = try elements.map { try unaryOperation(.minus, $0) } }
        for i in 0..<rows { elements[i * rows + i] = try binaryOperation(.plus, elements[i * rows + i], lambda) }
        return .array(ArrayBox(try Tensor(shape: [rows, columns], scalars: try storedScalars(elements, type, "+")), elementType: type))
    }

    private func singular() -> RuntimeError {
        RuntimeError("SingularException(1)", kind: .singular)
    }
}

extension Value {
    /// The UniformScaling this value is, if it is one.
    var uniformScaling: UniformScalingValue? {
        if case .host(let scaling as UniformScalingValue) = self { return scaling }
        return nil
    }
}

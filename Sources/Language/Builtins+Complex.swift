import Engine
import JuliaMath
import RealModule

/// The parts of a complex number: `real`, `imag`, `conj`, `angle` (and `abs`, in
/// `Builtins+Math.swift`). On real numbers they behave as Julia's do, so code written
/// for eigenvalues works whether or not the eigenvalues came out complex. Over a
/// vector they are written with a dot, `real.(eigvals(W))`.
extension Runtime {
    /// A scalar argument as (real, imaginary), or an error naming the function.
    fileprivate func complexArgument(_ args: Arguments) throws -> (re: Double, im: Double) {
        if case .complex(let re, let im, _) = args[0] { return (re, im) }
        guard let x = scalarDouble(args[0]), args[0].isNumber else {
            throw RuntimeError("\(args.function): expected a number, got \(describeType(args[0]))\(args[0].isArrayLike || isList(args[0]) ? "; use \(args.function).(v) for every element" : "")", kind: .method)
        }
        return (x, 0)
    }

    fileprivate func isList(_ v: Value) -> Bool {
        if case .list = v { return true }
        return false
    }

    /// `complex(A)` of an array (base/complex.jl): A itself when its elements are complex,
    /// else each element as a complex number. Nil when the argument is no array.
    fileprivate func complexArray(_ args: Arguments) throws -> Value? {
        switch args[0] {
        case .array, .range:
            guard let function = Library.standard.functions["complex"] else { return nil }
            return try broadcastCall(.function(function), [args[0]], [:], at: nowhere)
        case .list:
            if let element = juliaElementType(of: args[0]), element.hasPrefix("Complex") { return args[0] }
            throw RuntimeError("complex of a \(describeType(args[0])) is not supported", kind: .notSupported)
        default: return nil
        }
    }

    /// `real(T)`, `complex(T)` and `float(T)` of a number type (base/complex.jl,
    /// base/float.jl): `real(Complex{Int64})` is Int64, `complex(Int64)` is
    /// Complex{Int64}, `float(Complex{Int64})` is ComplexF64. Nil when the argument is
    /// no type; a refusal for a type other than the notebook's number types.
    func numberTypeFunction(_ args: Arguments) throws -> Value? {
        let name: String
        switch args[0] {
        case .type(let t): name = t.name
        case .function(let f) where f.juliaType != nil && f.structType == nil: name = f.juliaType ?? ""
        default: return nil
        }
        let realPart: [String: String] = ["Int64": "Int64", "Float64": "Float64", "Bool": "Bool",
                                          "Complex{Int64}": "Int64", "ComplexF64": "Float64", "Complex{Bool}": "Bool"]
        guard let part = realPart[name] else {
            throw RuntimeError("\(args.function) of the type \(name) is not supported (only of Int64, Float64, Bool and their Complex types)", kind: .notSupported)
        }
        let isComplex = name != part
        func complexOf(_ real: String) -> String { real == "Float64" ? "ComplexF64" : "Complex{\(real)}" }
        switch args.function {
        case "real": return typeValue(named: part)
        case "complex": return typeValue(named: complexOf(part))
        default:
            // float: Int64 and Bool become Float64, in a complex type too.
            return typeValue(named: isComplex ? "ComplexF64" : "Float64")
        }
    }

    /// `conj(A)`, `real(A)` or `imag(A)` of an array (base/abstractarraymath.jl): the
    /// function of each element, as `conj.(A)`, except that for real elements `conj`
    /// and `real` hand back A itself, uncopied, and `imag` is `zero(A)`. Nil when the
    /// argument is no array.
    fileprivate func partsOfArray(_ args: Arguments) throws -> Value? {
        let array = args[0]
        switch array {
        case .array, .range, .list: break
        case .tracked:
            throw RuntimeError("\(args.function) of a tracked array (inside grad) is not supported; \(args.function).(x) of its elements is", kind: .notSupported)
        default: return nil
        }
        guard let element = juliaElementType(of: array), isSubtype(element, "Real") else {
            guard let function = Library.standard.functions[args.function] else { return nil }
            return try broadcastCall(.function(function), [array], [:], at: nowhere)
        }
        guard args.function == "imag" else { return array }
        switch array {
        case .array(let box) where box.wrapper == .none || box.wrapper == .bitArray:
            return .array(ArrayBox(try Tensor.zeros(shape: box.tensor.shape), elementType: box.elementType, wrapper: box.wrapper))
        case .range(let r):
            return .array(ArrayBox(Tensor(vector: [Double](repeating: 0, count: r.count)), elementType: r.isIntegral ? .int64 : .float64))
        default:
            throw RuntimeError("imag of a \(describeType(array)) (Julia's zero(A), of its own array type) is not supported", kind: .notSupported)
        }
    }

}

extension Library {
    mutating func registerComplexBuiltins() {
        define("real", 1...1, help: "real(z) — the real part of a complex number (a real number is its own); real(A) of each element; real(T) of a type") { interp, args in
            if let (re, _) = args[0].complexParts { return re }
            if let type = try interp.numberTypeFunction(args) { return type }
            if let parts = try interp.partsOfArray(args) { return parts }
            _ = try interp.complexArgument(args)
            return args[0]
        }
        define("imag", 1...1, help: "imag(z) — the imaginary part of a complex number (0 for a real one); imag(A) of each element") { interp, args in
            if let parts = try interp.partsOfArray(args) { return parts }
            switch args[0] {
            case .complex: return args[0].complexParts!.im
            case .int: return .int(0)
            case .bool: return .bool(false)
            default: _ = try interp.complexArgument(args); return .float(0)
            }
        }
        define("conj", 1...1, help: "conj(z) — the complex conjugate, re - im·i (a real number is its own); conj(A) of each element") { interp, args in
            if let (re, im) = args[0].complexParts { return try .complex(re, interp.unaryOperation(.minus, im)) }
            if let parts = try interp.partsOfArray(args) { return parts }
            _ = try interp.complexArgument(args)
            return args[0]
        }
        define("complex", 1...2, help: "complex(x, y) — the complex number x + y·im, its parts promoted to one type; complex(x) is x + 0im; of an array, of each element; complex(T) of a type") { interp, args in
            if args.count == 1, case .complex = args[0] { return args[0] }
            if args.count == 1, let type = try interp.numberTypeFunction(args) { return type }
            if args.count == 1, let array = try interp.complexArray(args) { return array }
            for i in 0..<args.count where !args[i].isNumber {
                throw RuntimeError("complex: expected real numbers, got \(describeType(args[i]))", kind: .method)
            }
            let zero: Value = switch args[0] { case .float: .float(0); case .bool: .bool(false); default: .int(0) }
            return try .complex(args[0], args.count == 2 ? args[1] : zero)
        }
        define("angle", 1...1, help: "angle(z) — the argument of z in radians, in (-π, π]; π for negative reals") { interp, args in
            let (re, im) = try interp.complexArgument(args)
            return .float(Julia.atan(im, re))
        }
    }
}

// MARK: Elementary functions of a complex argument

/// The one-argument function `name` of a complex number (`sqrt`, `exp`, `log`, ...), for
/// the real builtin of the same name to hand a complex argument to; nil for the rest.
/// Each follows Julia's own algorithm (base/complex.jl), so that results agree to the
/// last digit where the real functions underneath do.
func complexFunction(named name: String) -> ((Double, Double) -> (Double, Double))? {
    switch name {
    case "sqrt": return complexSquareRoot
    case "exp": return complexExp
    case "log": return complexLog
    case "sin": return complexSine
    case "cos": return complexCosine
    // Julia's sinh(x + iy) is sin(y + ix) with its parts swapped; cosh(x + iy) is cos(y − ix).
    case "sinh": return { x, y in let (a, b) = complexSine(y, x); return (b, a) }
    case "cosh": return { x, y in complexCosine(y, -x) }
    default: return nil
    }
}

/// x² + y² and a power-of-two scale k, rescaled when the plain sum would overflow or
/// underflow (Julia's `ssqs`).
private func scaledSumOfSquares(_ x: Double, _ y: Double) -> (Double, Int) {
    var rho = x * x + y * y
    var k = 0
    if !rho.isFinite && (x.isInfinite || y.isInfinite) {
        rho = .infinity
    } else if rho.isInfinite || (rho == 0 && (x != 0 || y != 0))
                || rho < Double.leastNonzeroMagnitude / (2 * Double.ulpOfOne * Double.ulpOfOne) {
        let m = Swift.max(Swift.abs(x), Swift.abs(y))
        k = m == 0 ? 0 : Int(m.exponent)
        let xk = Double(sign: x.sign, exponent: -k, significand: Swift.abs(x))
        let yk = Double(sign: y.sign, exponent: -k, significand: Swift.abs(y))
        rho = xk * xk + yk * yk
    }
    return (rho, k)
}

private func scaled(_ x: Double, _ k: Int) -> Double {
    Double(sign: x.sign, exponent: k, significand: Swift.abs(x))
}

/// √z without overflow, the branch cut along the negative reals (Kahan's method, as Julia).
func complexSquareRoot(_ x: Double, _ y: Double) -> (Double, Double) {
    if x == 0 && y == 0 { return (0, y) }
    var (rho, k) = scaledSumOfSquares(x, y)
    if x.isFinite { rho = scaled(Swift.abs(x), -k) + rho.squareRoot() }
    if k % 2 != 0 {
        k = (k - 1) / 2
    } else {
        k = k / 2 - 1
        rho = rho + rho
    }
    rho = scaled(rho.squareRoot(), k)
    var xi = rho
    var eta = y
    if rho != 0 {
        if eta.isFinite { eta = (eta / rho) / 2 }
        if x < 0 {
            xi = Swift.abs(eta)
            eta = Double(sign: y.sign, exponent: 0, significand: 1) * rho
        }
    }
    return (xi, eta)
}

/// sin(x + iy) = sin x cosh y + i cos x sinh y, with Julia's values where x is 0 or not
/// finite (base/complex.jl).
func complexSine(_ x: Double, _ y: Double) -> (Double, Double) {
    if x == 0 { return (x, Julia.sinh(y)) }
    if !x.isFinite { return y == 0 || y.isInfinite ? (.nan, y) : (.nan, .nan) }
    let (s, c) = Julia.sincos(x)
    return (s * Julia.cosh(y), c * Julia.sinh(y))
}

/// cos(x + iy) = cos x cosh y − i sin x sinh y, with Julia's values where x is 0 or not
/// finite, down to the signs of zeros.
func complexCosine(_ x: Double, _ y: Double) -> (Double, Double) {
    func flipsign(_ a: Double, _ b: Double) -> Double { b.sign == .minus ? -a : a }
    if x == 0 { return (Julia.cosh(y), y.isNaN ? x : -flipsign(x, y)) }
    if !x.isFinite {
        if y == 0 { return (.nan, x.isNaN ? 0 : -flipsign(y, x)) }
        return y.isInfinite ? (.infinity, .nan) : (.nan, .nan)
    }
    let (s, c) = Julia.sincos(x)
    return (c * Julia.cosh(y), -s * Julia.sinh(y))
}

/// eᶻ = eˣ (cos y + i sin y).
func complexExp(_ x: Double, _ y: Double) -> (Double, Double) {
    if x.isNaN { return (x, y == 0 ? y : x) }
    let e = Julia.exp(x)
    if y == 0 { return (e, y) }
    let (s, c) = Julia.sincos(y)
    return (e * c, e * s)
}

/// log z = log|z| + i arg z, with log1p near |z| = 1 for accuracy (Julia's method).
func complexLog(_ x: Double, _ y: Double) -> (Double, Double) {
    let (rho, k) = scaledSumOfSquares(x, y)
    let ax = Swift.abs(x), ay = Swift.abs(y)
    let (theta, beta) = ax < ay ? (ax, ay) : (ay, ax)
    let real: Double
    if k == 0 && 0.5 < beta * beta && (beta <= 1.25 || rho < 3) {
        real = Julia.log1p((beta - 1) * (beta + 1) + theta * theta) / 2
    } else {
        real = Julia.log(rho) / 2 + Double(k) * Julia.log(2.0)
    }
    return (real, Julia.atan(y, x))
}

/// Julia's `_cpow`: zᵖ in floats for a real or complex exponent. `zIsReal` says z was a
/// real number rather than a complex one with a zero imaginary part: one branch (a
/// positive real to a real power) tells them apart by the sign of the zero it gives.
func juliaComplexPower(_ z: (Double, Double), zIsReal: Bool, _ p: (Double, Double)) throws -> (Double, Double) {
    let (zr, zi) = z, (pr, pi) = p
    func flipsign(_ x: Double, _ y: Double) -> Double { y.sign == .minus ? -x : x }
    func complexPowerBySquaring(_ z: (Double, Double), _ n: Int) -> (Double, Double) {
        func times(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
            (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
        }
        if n == 0 { return (1, 0) }
        if n == 1 { return z }
        if n == 2 { return times(z, z) }
        var x = z, p = n, t = n.trailingZeroBitCount + 1
        p >>= t
        t -= 1
        while t > 0 { x = times(x, x); t -= 1 }
        var y = x
        while p > 0 {
            t = p.trailingZeroBitCount + 1
            p >>= t
            while t > 0 { x = times(x, x); t -= 1 }
            y = times(y, x)
        }
        return y
    }
    let rho: Double, phi: Double
    if pi == 0 {
        if pr == pr.rounded(), Swift.abs(pr) < 2147483647 {
            if pr == 0 { return (1, flipsign(Double(signOf: pr, magnitudeOf: 0), zi)) }
            let n = Int(pr)
            if zi == 0 {
                if n < 0 && zr == 0 { return (.nan, .nan) }
                let re = n < 0 ? Julia.powerBySquaring(1 / zr, -n) : Julia.powerBySquaring(zr, n)
                let im = n < 0 ? -zi : zi
                return (re, n % 2 == 0 && zr.sign == .minus ? -im : im)
            }
            return n < 0 ? complexPowerBySquaring(complexInverse(zr, zi), -n) : complexPowerBySquaring(z, n)
        } else if zi == 0 {
            if zr == 0 { return pr > 0 ? (zr, zi) : (.nan, .nan) }
            if zr > 0 { return (elementPower(zr, pr), zIsReal ? (zr < 1 ? -pi : pi) : flipsign(zi, pr)) }
            if !pr.isFinite { return elementPower(-zr, pr) == 0 ? (0, 0) : (.nan, .nan) }
            // (−r)ᵖ = rᵖ·(cos πp + i sin πp), the half-turns exact (0 and ±1 at half-integers).
            let r = elementPower(-zr, pr)
            return (r * Julia.cospi(pr), r * flipsign(Julia.sinpi(pr), zi))
        } else {
            rho = elementPower(Julia.complexAbs(zr, zi), pr)
            phi = pr * Julia.atan(zi, zr)
        }
    } else if zi == 0 {
        if zr == 0 { return pr > 0 ? (zr, zi) : (.nan, .nan) }
        if zr > 0 {
            rho = elementPower(zr, pr)
            phi = pi * Julia.log(zr)
        } else {
            let r = -zr
            let theta = Double(signOf: zi, magnitudeOf: .pi)
            rho = elementPower(r, pr) * Julia.exp(-pi * theta)
            phi = pr * theta + pi * Julia.log(r)
        }
    } else {
        let r = Julia.complexAbs(zr, zi), theta = Julia.atan(zi, zr)
        rho = elementPower(r, pr) * Julia.exp(-pi * theta)
        phi = pr * theta + pi * Julia.log(r)
    }
    if phi.isFinite {
        let (s, c) = Julia.sincos(phi)  // Julia's rᵖ·cis(ϕ)
        return (rho * c, rho * s)
    }
    return rho == 0 ? (0, 0) : (.nan, .nan)
}

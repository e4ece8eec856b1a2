import RealModule

/// The parts of a complex number: `real`, `imag`, `conj`, `angle` (and `abs`, in
/// `Builtins+Math.swift`). On real numbers they behave as Julia's do, so code written
/// for eigenvalues works whether or not the eigenvalues came out complex. Over a
/// vector they are written with a dot, `real.(eigvals(W))`.
extension Runtime {
    /// A scalar argument as (real, imaginary), or an error naming the function.
    fileprivate func complexArgument(_ args: Arguments) throws -> (re: Double, im: Double) {
        if case .complex(let re, let im) = args[0] { return (re, im) }
        guard let x = scalarDouble(args[0]), args[0].isNumber else {
            throw RuntimeError("\(args.function): expected a number, got \(describeType(args[0]))\(args[0].isArrayLike || isList(args[0]) ? "; use \(args.function).(v) for every element" : "")", kind: .method)
        }
        return (x, 0)
    }

    fileprivate func isList(_ v: Value) -> Bool {
        if case .list = v { return true }
        return false
    }

}

extension Library {
    mutating func registerComplexBuiltins() {
        define("real", 1...1, help: "real(z) — the real part of a complex number (a real number is its own)") { interp, args in
            if case .complex(let re, _) = args[0] { return .float(re) }
            _ = try interp.complexArgument(args)
            return args[0]
        }
        define("imag", 1...1, help: "imag(z) — the imaginary part of a complex number (0 for a real one)") { interp, args in
            switch args[0] {
            case .complex(_, let im): return .float(im)
            case .int: return .int(0)
            case .bool: return .bool(false)
            default: _ = try interp.complexArgument(args); return .float(0)
            }
        }
        define("conj", 1...1, help: "conj(z) — the complex conjugate, re - im·i (a real number is its own)") { interp, args in
            if case .complex(let re, let im) = args[0] { return .complex(re: re, im: -im) }
            _ = try interp.complexArgument(args)
            return args[0]
        }
        define("angle", 1...1, help: "angle(z) — the argument of z in radians, in (-π, π]; π for negative reals") { interp, args in
            let (re, im) = try interp.complexArgument(args)
            return .float(Double.atan2(y: im, x: re))
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
    case "sin": return { x, y in (Double.sin(x) * Double.cosh(y), Double.cos(x) * Double.sinh(y)) }
    case "cos": return { x, y in (Double.cos(x) * Double.cosh(y), -Double.sin(x) * Double.sinh(y)) }
    case "sinh": return { x, y in (Double.sinh(x) * Double.cos(y), Double.cosh(x) * Double.sin(y)) }
    case "cosh": return { x, y in (Double.cosh(x) * Double.cos(y), Double.sinh(x) * Double.sin(y)) }
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

/// eᶻ = eˣ (cos y + i sin y).
func complexExp(_ x: Double, _ y: Double) -> (Double, Double) {
    if x.isNaN { return (x, y == 0 ? y : x) }
    let e = Double.exp(x)
    if y == 0 { return (e, y) }
    return (e * Double.cos(y), e * Double.sin(y))
}

/// log z = log|z| + i arg z, with log1p near |z| = 1 for accuracy (Julia's method).
func complexLog(_ x: Double, _ y: Double) -> (Double, Double) {
    let (rho, k) = scaledSumOfSquares(x, y)
    let ax = Swift.abs(x), ay = Swift.abs(y)
    let (theta, beta) = ax < ay ? (ax, ay) : (ay, ax)
    let real: Double
    if k == 0 && 0.5 < beta * beta && (beta <= 1.25 || rho < 3) {
        real = Double.log(onePlus: (beta - 1) * (beta + 1) + theta * theta) / 2
    } else {
        real = Double.log(rho) / 2 + Double(k) * Double.log(2.0)
    }
    return (real, Double.atan2(y: y, x: x))
}

/// zᵖ for a real or complex exponent that is not a small integer: exp(p log z).
func complexPower(_ z: (Double, Double), _ p: (Double, Double)) -> (Double, Double) {
    if z.0 == 0 && z.1 == 0 {
        if p.0 == 0 && p.1 == 0 { return (1, 0) }
        return (0, 0)
    }
    let (lr, li) = complexLog(z.0, z.1)
    if p.1 == 0 {
        let rho = Double.exp(p.0 * lr)
        let theta = p.0 * li
        return (rho * Double.cos(theta), rho * Double.sin(theta))
    }
    return complexExp(p.0 * lr - p.1 * li, p.0 * li + p.1 * lr)
}

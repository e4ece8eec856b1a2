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

import Engine
import JuliaMath

/// `x^k` with an integer literal k, which Julia lowers to `Base.literal_pow(^, x, Val(k))`
/// (base/intfuncs.jl), and `x .^ k`, which broadcasts it: for Int64, Float64, Rational and
/// Complex bases k = 0...3 are products and k = −1, −2 are `inv(x)` and `inv(x)^2`; below
/// that an integer base becomes a Float64 first and any other base is inverted. So a literal
/// can differ from the same k in a variable: `2^-1` is 0.5 where `n = -1; 2^n` is a
/// DomainError, and `(-0.0)^1` is -0.0 where `(-0.0)^n` is 0.0.
extension Interpreter {
    func literalPower(_ base: Value, _ k: Int, dotted: Bool, at position: SourcePosition) throws -> Value {
        switch base {
        case .float(let x):
            return .float(Julia.literalPower(x, k))
        case .int(let n) where k < 0:
            return .float(Julia.literalPower(integer: n, k))
        case .bool(let b) where k < 0:
            // A Bool is not one of the hardware numbers: inv(b)^-k, and inv(false) is Inf.
            return .float(Julia.pow(b ? 1.0 : .infinity, -k))
        case .complex(let re, let im, _) where k < 0:
            // inv(z), in floats for integer parts, then to the power −k by squaring.
            let (p, q) = complexInverse(re, im)
            return k == -1 ? .complex(re: p, im: q) : try binaryOperation(.power, .complex(re: p, im: q), .int(-k))
        case .host(let constant as IrrationalConstant) where constant === IrrationalConstant.pi && k < 0:
            // inv(π) is a Float64, raised by the compensated integer power.
            return .float(Julia.pow(1 / constant.value, -k))
        case .array, .range:
            if dotted, let (x, type) = try operand(base), !x.isTracked, let power = try literalPower(of: x.value, type, k) { return power }
            return try applyOperator(.power, base, .int(k), dotted: dotted, at: position)
        default:
            return try applyOperator(.power, base, .int(k), dotted: dotted, at: position)
        }
    }

    /// `A .^ k` (an array or a range) element by element where Julia's literal power differs from the array
    /// power with the exponent k: Float64 elements at k = ±1, and integer or Bool elements
    /// to a negative k (a Float64 array, where a variable k is a DomainError). Nil for the
    /// rest, which the array power computes as Julia's literal does.
    private func literalPower(of x: Tensor, _ type: ElementType, _ k: Int) throws -> Value? {
        switch type {
        case .float64 where k == 1 || k == -1:
            return try wrap(Var(x.map { Julia.literalPower($0, k) }), .float64)
        case .int64 where k < 0:
            return try wrap(Var(x.map { Julia.literalPower(integer: Int($0), k) }), .float64)
        case .bool where k < 0:
            return try wrap(Var(x.map { Julia.pow($0 != 0 ? 1.0 : .infinity, -k) }), .float64)
        default:
            return nil
        }
    }
}

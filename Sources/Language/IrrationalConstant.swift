import Engine
import JuliaMath

/// Julia's irrational constants `π` (also `pi`) and `ℯ`: values of their own type,
/// `Irrational{:π}`, that print as their symbol (`π`; the REPL adds the first digits,
/// `π = 3.1415926535897...`) and become the nearest Float64 in arithmetic and in
/// builtins (`2π` is 6.283185307179586). An irrational is never equal to a float.
final class IrrationalConstant: HostObject, Sendable {
    let symbol: String
    let value: Double

    init(symbol: String, value: Double) {
        self.symbol = symbol
        self.value = value
    }

    var juliaTypeName: String { "Irrational{:\(symbol)}" }
    func show() -> String { symbol }
    func display(width: Int, height: Int) -> String {
        // Julia writes the float's first 15 characters and an ellipsis.
        "\(symbol) = \(String(formatFloat(value).prefix(15)))..."
    }
    func numericValue(_ runtime: any Runtime) throws -> Value? { .float(value) }
    func isEqual(to other: any HostObject) -> Bool {
        (other as? IrrationalConstant)?.symbol == symbol
    }
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { self }

    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        if op == .power, selfOnLeft, let power = try power(other, dotted: dotted) { return power }
        guard !dotted else { return nil }
        if op == .equal || op == .notEqual {
            let equal: Bool
            switch other {
            case .host(let object): equal = isEqual(to: object)
            case .int, .float, .bool: equal = false
            default: return nil
            }
            return .bool((op == .equal) == equal)
        }
        let number: Double
        switch other {
        case .int(let n): number = Double(n)
        case .float(let x): number = x
        case .bool(let b): number = b ? 1 : 0
        default: return nil
        }
        let order = selfOnLeft ? compare(with: number) : compare(with: number).map { -$0 }
        guard let order else { return .bool(false) }  // NaN: every order is false
        switch op {
        case .less: return .bool(order < 0)
        case .lessEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        case .greaterEqual: return .bool(order >= 0)
        default: return nil
        }
    }

    /// The sign of (exact value − `number`), nil for NaN. The exact value lies strictly
    /// between `value` (its nearest Float64) and the next float up, for both π and ℯ, so
    /// against any other float it orders as `value` does, and against `value` itself it
    /// is greater: Julia's `π > Float64(π)` is true.
    private func compare(with number: Double) -> Int? {
        if number.isNaN { return nil }
        if number == value { return 1 }
        return value < number ? -1 : 1
    }

    /// `self^x` where Julia has a method of its own (base/mathconstants.jl, base/intfuncs.jl):
    /// `ℯ^x` is `exp(x)` for every number x (of each element for `ℯ .^ A`), and `π^n` for an
    /// integer n is the generic `power_by_squaring` of Float64(π), plain products, with a
    /// DomainError for a negative n (a literal negative n is `inv(π)^-n`, LiteralPower.swift).
    /// Nil where the Float64's own power is Julia's.
    private func power(_ x: Value, dotted: Bool) throws -> Value? {
        if symbol == "ℯ" {
            switch x {
            case .int(let n): return .float(Julia.exp(Double(n)))
            case .float(let y): return .float(Julia.exp(y))
            case .bool(let b): return .float(Julia.exp(b ? 1 : 0))
            case .complex(let re, let im, _):
                let (a, b) = complexExp(re, im)
                return .complex(re: a, im: b)
            case .array(let box) where dotted:
                return .floats(box.tensor.map(Julia.exp))
            default: return nil  // a rational exponent is refused before this
            }
        }
        guard case .int(let n) = x else { return nil }
        guard n >= 0 else {
            var error = RuntimeError("DomainError with \(n): Cannot raise an integer x to a negative power \(n).\nConvert input to float.", kind: .domain)
            error.juliaForm = "DomainError(\(n), \"Cannot raise an integer x to a negative power \(n).\\nConvert input to float.\")"
            throw error
        }
        return .float(Julia.powerBySquaring(value, n))
    }

    static let pi = IrrationalConstant(symbol: "π", value: .pi)
    static let e = IrrationalConstant(symbol: "ℯ", value: 2.718281828459045)
}

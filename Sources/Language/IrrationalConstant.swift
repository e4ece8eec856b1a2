import Engine

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
        guard !dotted, op == .equal || op == .notEqual else { return nil }
        let equal: Bool
        switch other {
        case .host(let object): equal = isEqual(to: object)
        case .int, .float, .bool: equal = false
        default: return nil
        }
        return .bool((op == .equal) == equal)
    }

    static let pi = IrrationalConstant(symbol: "π", value: .pi)
    static let e = IrrationalConstant(symbol: "ℯ", value: 2.718281828459045)
}

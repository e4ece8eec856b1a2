import JuliaMath

/// Julia's rounding modes `RoundNearest`, `RoundToZero`, `RoundUp`, ...: singletons of
/// the types `RoundingMode{:Nearest}`, ..., which tell a function how to round. The
/// notebook reads them in `rem2pi` only; every other builtin given one refuses it, since
/// Julia's `round(x, RoundUp)`, `div(x, y, RoundDown)` and `rem(x, y, RoundNearest)` are
/// not here yet, and answering them as the two-argument forms would be a different answer.
final class RoundingModeValue: HostObject, Sendable {
    /// The modes Base exports, by the symbol in their type.
    enum Mode: String, CaseIterable, Sendable {
        case nearest = "Nearest", nearestTiesAway = "NearestTiesAway", nearestTiesUp = "NearestTiesUp"
        case toZero = "ToZero", fromZero = "FromZero", up = "Up", down = "Down"
    }

    let mode: Mode

    private init(_ mode: Mode) { self.mode = mode }

    /// One object per mode, as Julia's are singletons (`RoundUp === RoundUp`).
    static let all: [RoundingModeValue] = Mode.allCases.map(RoundingModeValue.init)

    /// The exported name: `RoundNearest`.
    var name: String { "Round" + mode.rawValue }
    var juliaTypeName: String { "RoundingMode{:\(mode.rawValue)}" }
    func show() -> String { juliaTypeName + "()" }
    func isEqual(to other: any HostObject) -> Bool { (other as? RoundingModeValue)?.mode == mode }
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { self }

    /// The quotient rounding `rem2pi` has a method for, or nil (Julia: a MethodError).
    var quotientRounding: Julia.QuotientRounding? {
        switch mode {
        case .nearest: .nearest
        case .toZero: .toZero
        case .down: .down
        case .up: .up
        case .nearestTiesAway, .nearestTiesUp, .fromZero: nil
        }
    }
}

/// The builtins that take a rounding mode as an argument, or show or compare it as any value.
let roundingModeBuiltins: Set<String> = [
    "rem2pi", "println", "print", "show", "display", "string", "repr", "typeof", "isa", "isequal",
    "identity", "===", "!==", "==", "!=",
]

extension Value {
    var roundingMode: RoundingModeValue? {
        if case .host(let object as RoundingModeValue) = self { return object }
        return nil
    }
}

extension RuntimeError {
    /// A rounding mode handed to a builtin that does not read one.
    static func roundingModeRefusal(_ function: String, _ mode: RoundingModeValue) -> RuntimeError {
        RuntimeError(
            "`\(function)` with a rounding mode (\(mode.name)) is not supported yet; of Julia's functions that take one, the notebook has rem2pi",
            kind: .notSupported)
    }
}

/// What a variable made by `local x` or `let x` (without `= value`) holds until it is
/// assigned. Julia's variable has no value then, and reading it is an `UndefVarError`
/// (the manual's `let x = 1, z` example); had it held `nothing`, the program would
/// have run on with a value Julia never gives it.
final class UnassignedLocal: HostObject, Sendable {
    static let marker = UnassignedLocal()

    private init() {}

    // Never shown: every read of the variable stops first (`Interpreter.lookup`).
    var juliaTypeName: String { "Union{}" }
    func show() -> String { "#undef" }
}

extension Value {
    /// Whether this is the content of a declared local that has not been assigned yet.
    var isUnassignedLocal: Bool {
        if case .host(let object) = self { return object === UnassignedLocal.marker }
        return false
    }
}

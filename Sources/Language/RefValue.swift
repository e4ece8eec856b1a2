/// `Ref(x)`: Julia's `Base.RefValue`, a box holding one value. Its use here is the
/// one the manual shows for broadcasting (arrays.md "Broadcasting"): a dot call treats
/// it as a container of one element, so `in.(xs, Ref(s))` passes the whole of `s` to
/// every call. `r[]` reads the value; it prints as `Base.RefValue{Vector{Int64}}([1, 2])`.
final class RefValue: HostObject {
    let value: Value

    init(_ value: Value) { self.value = value }

    var juliaTypeName: String { "Base.RefValue{\(typeName(value))}" }

    func show() -> String { juliaTypeName + "(" + Language.show(value) + ")" }

    /// A Ref iterates once, over its value, and has length 1.
    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws { _ = try body(value) }

    var length: Int? { 1 }
}

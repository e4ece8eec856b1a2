import Engine
import Foundation
import LinearAlgebra

// How values look: `show` (one line, as in `repr`), `printString` (what `print` writes:
// strings without quotes), and `display` (the REPL's multi-line view with a type header,
// aligned columns, and `⋮`/`…` elision to fit the terminal), all following Julia.

// MARK: Type names

/// Julia's name for a value's type: `Int64`, `Vector{Float64}`, `Matrix{Float64}`, `Dict{Symbol, Int64}`.
public func typeName(_ value: Value) -> String {
    var namer = TypeNamer()
    return namer.name(value)
}

/// One `typeName` call: a list's element type is its elements' common type, so naming
/// it looks at every part. A list met again inside itself is a `Vector{Any}` (only such
/// a list can hold itself), and a list shared by many parts is named once: sixty rounds
/// of `x = [x, x]` would otherwise take 2^60 steps.
private struct TypeNamer {
    private var named: [ObjectIdentifier: String] = [:]
    private var inside: Set<ObjectIdentifier> = []
    private var depth = 0

    mutating func name(_ value: Value) -> String {
        // Past this depth the recursion could exhaust the stack; Julia's type would be a
        // name thousands of characters long there, so `Any` is not a likely answer to miss.
        guard depth < deepestNamed else { return "Any" }
        depth += 1
        defer { depth -= 1 }
        switch value {
        case .nothing: return "Nothing"
        case .bool: return "Bool"
        case .int: return "Int64"
        case .float: return "Float64"
        case .float32: return "Float32"
        case .complex(_, _, let parts): return Value.complexTypeName(parts)
        case .string: return "String"
        case .char: return "Char"
        case .symbol: return "Symbol"
        case .array(let box): return arrayTypeName(box)
        case .tracked(let v): return v.value.rank == 0 ? "Float64" : arrayTypeName(rank: v.value.rank, element: "Float64")
        case .range(let r): return r.juliaTypeName
        case .tuple(let items): return tupleTypeName(items.map { name($0) })
        case .pair(let p): return "Pair{\(name(p.key)), \(name(p.value))}"
        case .namedTuple(let names, let values):
            // Julia 1.10 writes a NamedTuple type with its macro: @NamedTuple{a::Int64, b::Float64}.
            return "@NamedTuple{" + zip(names, values).map { "\($0)::\(name($1))" }.joined(separator: ", ") + "}"
        case .list(let l): return l.slicesTypeName ?? "Vector{\(elementType(of: l))}"
        case .dict(let box):
            return "Dict{\(box.types.key), \(box.types.value)}"
        case .function(let f) where f.structType != nil: return f.structType?.typeParameters.isEmpty == false ? "UnionAll" : "DataType"
        case .function(let f) where f.composition != nil:
            return "ComposedFunction{\(name(.function(f.composition!.outer))), \(name(.function(f.composition!.inner)))}"
        case .function(let f) where f.broadcastOperator != nil:
            return "Base.Broadcast.BroadcastFunction{typeof(\(f.broadcastOperator?.spelling ?? ""))}"
        case .function(let f) where f.fixedSecond != nil:
            return "Base.Fix2{\(name(.function(f.fixedSecond!.function))), \(name(f.fixedSecond!.argument))}"
        case .function(let f): return f.juliaType.map(typeOfType) ?? (f.name.hasPrefix("#") ? "Function" : "typeof(\(f.name))")
        case .type(let t): return typeOfType(t.name)
        case .plot: return "Plot"
        case .host(let object): return object.juliaTypeName
        }
    }

    /// A list's element type: the elements' common type, or `Any` when they differ or it was written `Any[...]`.
    mutating func elementType(of list: ListBox) -> String {
        if let declared = list.declaredElementType { return declared }
        if list.isAny || list.items.isEmpty { return "Any" }
        let id = ObjectIdentifier(list)
        if let known = named[id] { return known }
        guard inside.insert(id).inserted else { return "Any" }
        let type = commonType(list.items.map { name($0) })
        inside.remove(id)
        named[id] = type
        return type
    }
}

/// Deeper values than this are named `Any` inside (see `TypeNamer.name`).
private let deepestNamed = 1000

/// A list's element type: the elements' common type, or `Any` when they differ or it was written `Any[...]`.
private func listElementType(_ list: ListBox) -> String {
    var namer = TypeNamer()
    return namer.elementType(of: list)
}

/// Julia's `typejoin` of the types named, as `collect` and `Dict(pairs...)` use it for
/// an element type: Int64 and Bool join to Integer, with Float64 to Real, with complex
/// numbers to Number; other mixtures as `commonType` says.
func typeJoin(_ names: [String]) -> String {
    let distinct = Set(names)
    guard distinct.count > 1 else { return names.first ?? "Any" }
    let integers: Set = ["Int64", "Bool"]
    let reals = integers.union(["Float64", "Float32"])
    if distinct.isSubset(of: integers) { return "Integer" }
    if distinct.isSubset(of: ["Float64", "Float32"]) { return "AbstractFloat" }
    if distinct.isSubset(of: reals) { return "Real" }
    if distinct.allSatisfy({ reals.contains($0) || $0.hasPrefix("Complex") }) { return "Number" }
    return commonType(names)
}

private func commonType(_ names: [String]) -> String {
    guard let first = names.first else { return "Any" }
    if names.allSatisfy({ $0 == first }) { return first }
    // Arrays of one element type but different ranks join to `Array{T}`, as in Julia.
    let elements = Set(names.map { name -> String? in
        guard name.hasPrefix("Vector{") || name.hasPrefix("Matrix{") || name.hasPrefix("Array{") else { return nil }
        return String(name.drop { $0 != "{" }.dropFirst().prefix { $0 != "}" && $0 != "," })
    })
    if elements.count == 1, let element = elements.first, let element { return "Array{\(element)}" }
    return "Any"
}

/// A tuple type as Julia 1.10 writes it (`show_datatype`): a tail of more than three
/// equal parameters is folded, into `NTuple{4, Int64}` when it is the whole tuple and
/// `Tuple{String, Vararg{Int64, 4}}` otherwise.
func tupleTypeName(_ parameters: [String]) -> String {
    guard let last = parameters.last else { return "Tuple{}" }
    let tail = parameters.reversed().prefix { $0 == last }.count
    if tail > 3 && tail == parameters.count { return "NTuple{\(tail), \(last)}" }
    if tail > 3 {
        return "Tuple{" + (parameters.dropLast(tail) + ["Vararg{\(last), \(tail)}"]).joined(separator: ", ") + "}"
    }
    return "Tuple{" + parameters.joined(separator: ", ") + "}"
}

/// The parameters of a tuple type written either way (`Tuple{...}` with a `Vararg`
/// tail, or `NTuple{n, T}`), one per element; nil for another type.
func tupleTypeParameters(_ type: String) -> [String]? {
    if let ntuple = typeParameters(of: type, head: "NTuple") {
        guard ntuple.count == 2, let n = Int(ntuple[0]), n >= 0 else { return nil }
        return Array(repeating: ntuple[1], count: n)
    }
    guard var parameters = typeParameters(of: type, head: "Tuple") else { return nil }
    if let last = parameters.last, let vararg = typeParameters(of: last, head: "Vararg"),
       vararg.count == 2, let n = Int(vararg[1]), n >= 0 {
        parameters.removeLast()
        parameters += Array(repeating: vararg[0], count: n)
    }
    return parameters
}

/// Julia's `typeinfo_implicit`: the element types whose values read back as that
/// type without a prefix (`[1, 2]`, `["a"]`, `[:a]`, arrays and tuples of them), so
/// `show` of a vector of them writes no `T[...]` before the brackets.
func isImplicitInShow(_ type: String) -> Bool {
    if ["Float64", "Int64", "Char", "String", "Symbol", "Nothing"].contains(type) { return true }
    if let elements = tupleTypeParameters(type) { return elements.allSatisfy(isImplicitInShow) }
    guard let open = type.firstIndex(of: "{"), let parameters = typeParameters(of: type, head: String(type[..<open])) else {
        return false
    }
    switch type[..<open] {
    case "Vector", "Matrix": return parameters.count == 1 && isImplicitInShow(parameters[0])
    case "Array": return parameters.count == 2 && Int(parameters[1]) != nil && isImplicitInShow(parameters[0])
    case "Tuple", "Pair", "Dict": return parameters.allSatisfy(isImplicitInShow)
    default: return false
    }
}

/// A numeric array's type, its wrapper's when it has one (`BitVector`, `Adjoint{Int64, Vector{Int64}}`).
private func arrayTypeName(_ box: ArrayBox) -> String {
    let element = box.elementType.juliaName
    switch box.wrapper {
    case .none: return arrayTypeName(rank: box.tensor.rank, element: element)
    case .bitArray: return bitArrayTypeName(rank: box.tensor.rank)
    case .adjoint(let parent, _): return "Adjoint{\(element), \(parent)}"
    case .transpose(let parent, _): return "Transpose{\(element), \(parent)}"
    // The last parameter is the index map: none for a parent with linear indexing (reshapedarray.jl).
    case .reshapedRange(let parent): return "Base.ReshapedArray{\(element), \(box.tensor.rank), \(parent), Tuple{}}"
    case .view(let parent, _, let indexTypes, let linear):
        return "SubArray{\(element), \(box.tensor.rank), \(parent), Tuple{\(indexTypes)}, \(linear)}"
    }
}

func bitArrayTypeName(rank: Int) -> String {
    rank == 1 ? "BitVector" : rank == 2 ? "BitMatrix" : "BitArray{\(rank)}"
}

private func arrayTypeName(rank: Int, element: String) -> String {
    switch rank {
    case 0: return "Array{\(element), 0}"
    case 1: return "Vector{\(element)}"
    case 2: return "Matrix{\(element)}"
    default: return "Array{\(element), \(rank)}"
    }
}

/// How Julia's summary names an array that is not a plain `Array` (nil for one that is):
/// what a row wraps, `adjoint(::Vector{Int64}) with eltype Int64`, or `BitVector`.
private func summaryName(_ box: ArrayBox) -> String? {
    let element = box.elementType.juliaName
    switch box.wrapper {
    case .none: return nil
    case .bitArray: return bitArrayTypeName(rank: box.tensor.rank)
    case .adjoint(let parent, _): return "adjoint(::\(parent)) with eltype \(element)"
    case .transpose(let parent, _): return "transpose(::\(parent)) with eltype \(element)"
    case .reshapedRange(let parent):
        return "reshape(::\(parent), \(box.tensor.shape.map(String.init).joined(separator: ", "))) with eltype \(element)"
    case .view(let parent, let indices, _, _): return "view(::\(parent), \(indices)) with eltype \(element)"
    }
}

/// Julia's `summary` of an array, as its display header and BoundsError name it:
/// `2×2 Matrix{Int64}`, `2×2 adjoint(::Matrix{Int64}) with eltype Int64`.
func arraySummary(_ box: ArrayBox) -> String {
    (box.tensor.rank == 0 ? "0-dimensional" : dimensionText(box.tensor.shape)) + " " + (summaryName(box) ?? arrayTypeName(box))
}

/// Dimensions as Julia writes them in headers: `3-element`, `2×3`, `2×2×2`.
private func dimensionText(_ shape: [Int]) -> String {
    shape.count == 1 ? "\(shape[0])-element" : shape.map(String.init).joined(separator: "×")
}

/// A value's type with its size, for error messages: `3×4 Matrix{Float64}`, `Int64`.
public func describeType(_ value: Value) -> String {
    switch value {
    case .array(let box): return dimensionText(box.tensor.shape) + " " + typeName(value)
    case .tracked(let v) where v.value.rank > 0: return dimensionText(v.value.shape) + " " + typeName(value)
    case .list(let l): return "\(l.items.count)-element \(typeName(value))"
    case .string(let s): return "String \"\(s.count > 20 ? String(s.prefix(20)) + "…" : s)\""
    case .function(let f): return "function \(f.name)"
    default: return typeName(value)
    }
}

// MARK: One-line forms

/// The one-line form, as Julia's `repr`/`show`: strings are quoted, arrays in brackets.
public func show(_ value: Value) -> String {
    var shower = OneLineShow()
    return shower.show(value, context: nil)
}

/// The one-line form inside a container whose element type is `typeinfo` (so that type
/// is not repeated), optionally with floats in Julia's compact six digits, and inside
/// the containers `shownAlready` (the REPL's dictionary view lists its own entries).
func show(_ value: Value, typeinfo: String?, compact: Bool = false, inside shownAlready: AnyObject? = nil) -> String {
    var shower = OneLineShow(compact: compact, shownAlready: shownAlready)
    return shower.show(value, context: typeinfo)
}

/// Containers nested deeper than this show as `…`, so showing cannot exhaust the stack.
private let deepestShown = 200

/// One `show` call's state, as Julia's `IOContext` carries it down the recursion:
/// the containers being shown (`:SHOWN_SET`), so a list that contains itself prints
/// Julia's `#= circular reference @-n =#` instead of recursing forever; and the type the
/// enclosing container already states for its elements (`:typeinfo`), so `Vector{Any}[[1]]`
/// does not repeat `Any` inside.
private struct OneLineShow {
    /// Julia's `:compact`: floats with six significant digits.
    private var compact = false
    /// The containers being shown, outermost first.
    private var path: [ObjectIdentifier] = []
    /// Containers shown so far, to ask for Ctrl-C now and then: sixty rounds of
    /// `x = [x, x]` make a small list whose one-line form has 2^60 parts.
    private var steps = 0
    /// Set once Ctrl-C was asked for: the rest of the text is left out, and the caller,
    /// which polls the same request, reports the interruption instead of printing.
    private var abandoned = false

    init(compact: Bool = false, shownAlready: AnyObject? = nil) {
        self.compact = compact
        path = shownAlready.map { [ObjectIdentifier($0)] } ?? []
    }

    /// How many values deep the text is; tuples and pairs count, though they cannot cycle.
    private var depth = 0

    mutating func show(_ value: Value, context: String?) -> String {
        if abandoned || depth > deepestShown { return "…" }
        depth += 1
        defer { depth -= 1 }
        switch value {
        case .tuple(let items):
            // Julia passes a tuple's elements its field types when the context names the
            // tuple's type, and the enclosing context otherwise.
            let fields = context.flatMap(tupleTypeParameters)
            let texts = items.values.enumerated().map { i, item in
                show(item, context: fields.flatMap { i < $0.count ? $0[i] : nil } ?? context)
            }
            return "(" + texts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .pair(let p):
            let fields = context.flatMap { typeParameters(of: $0, head: "Pair") }
            // A pair inside a pair is parenthesised (Julia's `isdelimited` is false for
            // pairs): `1 => (2 => 3)`.
            func part(_ v: Value, _ context: String) -> String {
                if case .pair = v { return "(" + show(v, context: context) + ")" }
                return show(v, context: context)
            }
            return part(p.key, fields?.first ?? "Any") + (compact ? "=>" : " => ") + part(p.value, fields?.last ?? "Any")
        case .namedTuple(let names, let values):
            return "(" + zip(names, shown(values.values, context: context)).map { "\($0) = \($1)" }.joined(separator: ", ")
                + (names.count == 1 ? ",)" : ")")
        case .list(let list):
            // Julia writes the element type where neither the context nor the elements show it.
            let element = listElementType(list)
            let known = context == "Vector{\(element)}"
            let prefix = known || (!list.items.isEmpty && isImplicitInShow(element)) ? "" : element
            return prefix + "[" + inside(list) { this in
                this.shown(list.items, context: element).joined(separator: ", ")
            } + "]"
        case .dict(let box):
            let type = typeName(value)
            let types = box.types
            let known = context == type
            let implicit = box.count > 0 && isImplicitInShow(types.key) && isImplicitInShow(types.value)
            let entryType = "Pair{\(types.key), \(types.value)}"
            let entries = box.count == 0 ? "" : inside(box) { this in
                box.keys.compactMap { k in box[k].map { this.show(.pair(Pair(k.value, $0)), context: entryType) } }
                    .joined(separator: ", ")
            }
            return (known || implicit ? "Dict" : type) + "(" + entries + ")"
        case .array(let box) where (box.elementType == .bool || box.elementType == .float32)
            && statesElements(box.elementType, context):
            // Julia's typeinfo_prefix: no `Bool` (`Float32`) where the container's element
            // type already says it (`BitVector[[1, 0]]`, `Vector{Float32}[[1.0]]`).
            return showArray(box.tensor, box.elementType, compact: compact, prefixed: false)
        case .float32(let x):
            // Julia's show of a Float32 says its type (`1.5f0`, `Inf32`) unless the
            // container's element type already does (base/ryu/Ryu.jl: `typed`).
            return formatFloat32(x, typed: context != "Float32", compact: compact)
        case .host(let set as SetValue):
            // Julia's show(io, ::Set) writes `Set()` for an empty one where the context
            // already gives its type.
            return set.show(typeKnown: context == set.juliaTypeName)
        case .host(let rational as RationalNumber) where rational.denominator == 1 && context?.hasPrefix("Rational") == true:
            // Julia's show(::Rational) leaves out `//1` where the context already says
            // the value is a Rational: `Dict(1 => 1//1)` prints `... (1 => 1)`.
            return String(rational.numerator)
        default:
            return showScalar(value, compact: compact)
        }
    }

    /// The text `body` makes inside container `box`, or Julia's marker when `box` is
    /// already being shown further out (`@-1` is the innermost).
    private mutating func inside(_ box: AnyObject, _ body: (inout OneLineShow) -> String) -> String {
        let id = ObjectIdentifier(box)
        if let depth = path.lastIndex(of: id) {
            return "#= circular reference @-\(path.count - depth) =#"
        }
        steps += 1
        if steps % 1024 == 0 && Cancellation.isStopRequested { abandoned = true }
        path.append(id)
        defer { path.removeLast() }
        return body(&self)
    }

    mutating func shown(_ parts: [Value], context: String?) -> [String] {
        parts.map { show($0, context: context) }
    }
}

/// The parameters of a type name with the given head: `["Int64", "String"]` for
/// `Tuple{Int64, String}`; nil for another head.
func typeParameters(of type: String, head: String) -> [String]? {
    guard type.hasPrefix(head + "{"), type.hasSuffix("}") else { return nil }
    return splitParameters(String(type.dropFirst(head.count + 1).dropLast()))
}

/// The one-line form of everything that holds no other value.
private func showScalar(_ value: Value, compact: Bool) -> String {
    switch value {
    case .nothing: return "nothing"
    case .bool(let b): return b ? "true" : "false"
    case .int(let n): return String(n)
    case .float(let x): return compact ? formatCompact(x) : formatFloat(x)
    case .float32(let x): return formatFloat32(x, typed: true, compact: compact)
    case .complex(let re, let im, let parts):
        // As Julia: the sign goes between the parts (NaN counts as +), and a float part
        // that is not finite is written `Inf*im`, since `Infim` would read as a name.
        // A Complex{Bool} is `im` or written as its constructor call.
        let negative = im.sign == .minus && !im.isNaN
        switch parts {
        case .bool: return re == 0 && im == 1 ? "im" : "Complex(\(re != 0),\(im != 0))"
        case .int64: return String(Int(re)) + (negative ? " - " : " + ") + String(Int(Swift.abs(im))) + "im"
        // No ComplexF32 is ever made (Value.complex refuses one); its parts would print as Float64's.
        case .float64, .float32:
            let format = compact ? formatCompact : formatFloat
            return format(re) + (negative ? " - " : " + ") + format(negative ? -im : im) + (im.isFinite ? "" : "*") + "im"
        }
    case .string(let s): return quoted(s)
    case .char(let c): return juliaShowChar(c)
    case .symbol(let s): return ":" + s
    case .array(let box): return showArray(box.tensor, box.elementType, compact: compact)
    case .tracked(let v):
        return v.value.rank == 0 ? showScalar(.float(v.value.scalars[0]), compact: compact) : showArray(v.value, .float64, compact: compact)
    case .range(let r): return r.shown
    case .function(let f): return f.juliaType ?? f.name
    case .type(let t): return t.name
    case .plot(let text): return text
    case .host(let object): return object.show()
    case .tuple, .pair, .namedTuple, .list, .dict: return show(value)
    }
}

/// What `print`, `println`, `string` and interpolation write: strings and characters as they are.
public func printString(_ value: Value) -> String {
    switch value {
    case .string(let s): return s
    case .char(let c): return String(c)
    case .symbol(let s): return s
    // Julia's print of a Float32 is untyped, with `e` for the exponent (base/ryu/Ryu.jl).
    case .float32(let x): return formatFloat32(x, typed: false, exponentMark: "e")
    default: return show(value)
    }
}

/// Julia's `show` of a string: `print_quoted`, which is `escape_string` with `"` and
/// `$` escaped (base/strings/io.jl), code point by code point.
private func quoted(_ s: String) -> String {
    var out = "\""
    let scalars = Array(s.unicodeScalars)
    for (k, u) in scalars.enumerated() {
        let next = k + 1 < scalars.count ? scalars[k + 1] : nil
        let isHexDigit = next.map { $0.isASCII && Character($0).isHexDigit } ?? false
        func hex(_ prefix: String, _ pad: Int) -> String {
            let digits = String(u.value, radix: 16)
            return "\\" + prefix + String(repeating: "0", count: Swift.max(0, pad - digits.count)) + digits
        }
        switch u {
        case "\"", "$": out += "\\" + String(u)
        case "\0": out += next.map { ("0"..."7").contains($0) } == true ? "\\x00" : "\\0"
        case "\u{1B}": out += "\\e"
        case "\\": out += "\\\\"
        case "\u{07}"..."\r": out += "\\" + String(Array("abtnvfr")[Int(u.value) - 7])
        default:
            if isPrintable(u) { out.unicodeScalars.append(u) }
            else if u.value <= 0x7F { out += hex("x", 2) }
            else if u.value <= 0xFFFF { out += hex("u", isHexDigit ? 4 : 2) }
            else { out += hex("U", isHexDigit ? 8 : 4) }
        }
    }
    return out + "\""
}

/// Julia's `show(io, c::AbstractChar)` (base/char.jl): C escapes, the character itself when
/// printable, else `\x`, `\u` or `\U` and at least two hex digits.
private func juliaShowChar(_ c: Character) -> String {
    guard c.unicodeScalars.count == 1, let u = c.unicodeScalars.first else { return "'" + String(c) + "'" }
    let escapes: [Unicode.Scalar: String] = ["\0": "0", "\u{07}": "a", "\u{08}": "b", "\t": "t", "\n": "n",
                                             "\u{0B}": "v", "\u{0C}": "f", "\r": "r", "\u{1B}": "e", "'": "'", "\\": "\\"]
    if let e = escapes[u] { return "'\\" + e + "'" }
    if isPrintable(u) { return "'" + String(c) + "'" }
    let digits = String(u.value, radix: 16)
    let prefix = u.value <= 0x7F ? "x" : u.value <= 0xFFFF ? "u" : "U"
    return "'\\" + prefix + (digits.count < 2 ? "0" : "") + digits + "'"
}

/// Julia's `isprint`: a letter, mark, number, punctuation, symbol or space separator.
private func isPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .lineSeparator, .paragraphSeparator, .control, .format, .surrogate, .privateUse, .unassigned: return false
    default: return true
    }
}

private func elementText(_ x: Double, _ type: ElementType, compact: Bool) -> String {
    switch type {
    case .int64: return Int(exactly: x).map { String($0) } ?? formatFloat(x)
    case .bool: return x != 0 ? "1" : "0"
    case .float64: return compact ? formatCompact(x) : formatFloat(x)
    // Inside an array of Float32 the element type is known: `1.5`, yet `1.0f-5`.
    case .float32: return formatFloat32(Float(x), typed: false, compact: compact)
    }
}

/// `prefixed` false: inside a container whose element type states the element type.
private func showArray(_ t: Tensor, _ type: ElementType, compact: Bool, prefixed: Bool = true) -> String {
    // Julia's typeinfo_implicit: Float64 and Int64 elements need no `T` before `[`.
    let prefix = (type == .bool || type == .float32) && prefixed ? type.juliaName : ""
    let elementName = type.juliaName
    // Julia's `_show_empty` for an Array: its type and `(undef, dims...)` (base/arrayshow.jl).
    if t.count == 0 && t.rank >= 2 && type != .bool {
        let arrayType = t.rank == 2 ? "Matrix{\(elementName)}" : "Array{\(elementName), \(t.rank)}"
        return arrayType + "(undef, " + t.shape.map(String.init).joined(separator: ", ") + ")"
    }
    if t.count == 0 { return (prefixed ? elementName : "") + "[]" }
    func text(_ x: Double) -> String { elementText(x, type, compact: compact) }
    switch t.rank {
    case 0: return text(t.scalars[0])
    case 1: return prefix + "[" + t.scalars.map(text).joined(separator: ", ") + "]"
    case 2:
        let (m, n) = (t.shape[0], t.shape[1])
        let rows = (0..<m).map { i in (0..<n).map { j in text(t.scalars[i + j * m]) }.joined(separator: " ") }
        // A one-column matrix is written `[1; 2;;]` so it reads back as a matrix, not a vector.
        return prefix + "[" + rows.joined(separator: "; ") + (n == 1 ? ";;]" : "]")
    default:
        return "reshape(" + prefix + "[" + t.scalars.map(text).joined(separator: ", ") + "], " + t.shape.map(String.init).joined(separator: ", ") + ")"
    }
}

/// Whether `context` (a container's element type, Julia's `:typeinfo`) is an array type
/// whose own element type is `type`.
private func statesElements(_ type: ElementType, _ context: String?) -> Bool {
    guard let context else { return false }
    if type == .bool, context == "BitVector" || context == "BitMatrix" || context.hasPrefix("BitArray{") { return true }
    for head in ["Vector{", "Matrix{", "Array{", "SubArray{", "AbstractVector{", "AbstractMatrix{", "AbstractArray{"]
    where context.hasPrefix(head) {
        let parameters = context.dropFirst(head.count)
        return parameters.hasPrefix(type.juliaName + ",") || parameters.hasPrefix(type.juliaName + "}")
    }
    return false
}

// MARK: The REPL display

/// `display`, stopped part-way when `shouldStop` says so (Ctrl-C): nil then, since half
/// a value must not reach the screen. Showing can take long for a list that shares its
/// parts, and the REPL shows a cell's value after the cell has finished running.
public func display(_ value: Value, width: Int, height: Int, stoppingWhen shouldStop: @escaping () -> Bool) -> String? {
    let text = Cancellation.stopping(when: shouldStop) { display(value, width: width, height: height) }
    return shouldStop() ? nil : text
}

/// The REPL's view of a value, like Julia's `display`: a header line for arrays and
/// dictionaries, columns aligned on the decimal point, and elision to fit `width`×`height`.
/// `nothing` displays as `nothing` (the REPL shows no result for it; it never asks).
public func display(_ value: Value, width: Int = 80, height: Int = 24) -> String {
    switch value {
    case .nothing: return "nothing"
    case .array(let box):
        return displayArray(box.tensor, box.elementType, name: summaryName(box), width: width, height: height)
    case .tracked(let v) where v.value.rank > 0: return displayArray(v.value, .float64, width: width, height: height)
    case .list(let list):
        if list.items.isEmpty { return show(value) }
        let rows = alignedRows(list.items, typeinfo: listElementType(list))
        return "\(list.items.count)-element \(typeName(value)):\n" + elide(rows.map { " " + clip($0, width - 1) }, height: height)
    case .dict(let box):
        let header = "\(typeName(value)) with \(box.count) entr\(box.count == 1 ? "y" : "ies")"
        if box.count == 0 { return typeName(value) + "()" }
        // As Julia's text/plain view: keys and values compact, in the contexts of the
        // dictionary's key and value types, with the dictionary itself being shown.
        let entries = box.keys.compactMap { key in
            box[key].map { (key.value, $0) }
        }
        return dictionaryView(header, entries, keyType: box.types.key, valueType: box.types.value, inside: box, width: width, height: height)
    case .type(let t):
        return typeDisplay(t.name)
    case .function(let f) where f.fixedSecond != nil:
        // A callable struct: show(::MIME"text/plain", ::Function) names its type (base/show.jl).
        return "(::\(typeName(value))) (generic function with 1 method)"
    case .function(let f) where f.juliaType != nil || f.composition != nil || f.broadcastOperator != nil:
        return show(value)
    case .function(let f):
        let n = f.juliaMethodCount
        return "\(f.name) (generic function with \(n) method\(n == 1 ? "" : "s"))"
    case .host(let object):
        return object.display(width: width, height: height)
    case .char(let c):
        return characterDisplay(c)
    default:
        return show(value)
    }
}

/// Julia's text/plain view of an AbstractDict on a screen of `width` × `height`
/// (base/show.jl): the summary, then `  key => value` per entry, keys and values in
/// compact form in the contexts of their types; only the entries that fit, the last
/// line being `⋮ => ⋮`, with the key column as wide as the widest key shown but capped so
/// that values keep room, and each key and value cut to its column with `…`.
func dictionaryView(
    _ summary: String, _ entries: [(key: Value, value: Value)], keyType: String, valueType: String,
    inside container: AnyObject?, width: Int, height: Int
) -> String {
    var text = summary + ":"
    var rows = height - 3
    if rows < 2 { return text + " …" }
    let columns = Swift.max(width, 12) - 6
    rows -= 1
    let shown = entries.prefix(rows)
    let keys = shown.map { show($0.key, typeinfo: keyType, compact: true, inside: container) }
    let values = shown.map { show($0.value, typeinfo: valueType, compact: true, inside: container) }
    var keyWidth = 0, valueWidth = 0
    for (key, value) in zip(keys, values) {
        keyWidth = Swift.min(Swift.max(key.count, keyWidth), columns)
        valueWidth = Swift.min(Swift.max(value.count, valueWidth), columns)
    }
    if keyWidth > Swift.max(columns / 2, columns - valueWidth) {
        keyWidth = Swift.max((columns + 2) / 3, columns - valueWidth)
    }
    for (i, (key, value)) in zip(keys, values).enumerated() {
        text += "\n  "
        if i + 1 == rows && rows < entries.count {
            text += "⋮".padding(to: keyWidth) + " => ⋮"
            break
        }
        text += clip(key, keyWidth).padding(to: keyWidth) + " => " + clip(value, columns - keyWidth)
    }
    return text
}

/// The rows of a REPL view that lists one value a line under a summary (a Set, a
/// Dict's keys or values), each indented two spaces and clipped to `columns`; at row
/// `rows`, when more values remain, `ellipsis` stands for them instead.
func listedRows(_ values: [Value], rows: Int, columns: Int, ellipsis: String) -> String {
    var text = ""
    for (i, value) in values.enumerated() {
        text += "\n  "
        if i + 1 == rows && rows < values.count {
            text += ellipsis
            break
        }
        text += clip(show(value), columns)
    }
    return text
}

func clip(_ s: String, _ width: Int) -> String {
    s.count > width && width > 1 ? String(s.prefix(width - 1)) + "…" : s
}

/// Keeps the first and last lines with `⋮` between when there are too many for the screen.
private func elide(_ lines: [String], height: Int) -> String {
    let available = Swift.max(height - 4, 2)
    guard lines.count > available else { return lines.joined(separator: "\n") }
    let half = available / 2
    return (lines.prefix(half) + [" ⋮"] + lines.suffix(half)).joined(separator: "\n")
}

private func displayArray(_ t: Tensor, _ type: ElementType, name: String? = nil, width: Int, height: Int) -> String {
    let name = name ?? arrayTypeName(rank: t.rank, element: type.juliaName)
    if t.rank == 0 { return elementText(t.scalars[0], type, compact: false) }
    if t.count == 0 { return t.rank == 1 ? show(.array(ArrayBox(t, elementType: type))) : "\(dimensionText(t.shape)) \(name)" }
    let header = "\(dimensionText(t.shape)) \(name):"
    if t.rank <= 2 {
        return header + "\n" + matrixLines(t.scalars, rows: t.size(0), columns: t.size(1), type, width: width, height: height)
    }
    // Rank 3 and up: one matrix slice per trailing index, as Julia prints them.
    let (m, n) = (t.shape[0], t.shape[1])
    let sliceCount = t.count / Swift.max(m * n, 1)
    var out = header
    for s in 0..<Swift.min(sliceCount, 8) {
        var rest = s
        let trailing = t.shape.dropFirst(2).map { d -> String in
            defer { rest /= d }
            return String(rest % d + 1)
        }
        let slice = Array(t.scalars[(s * m * n)..<((s + 1) * m * n)])
        out += "\n[:, :, " + trailing.joined(separator: ", ") + "] =\n"
        out += matrixLines(slice, rows: m, columns: n, type, width: width, height: height)
        if s < sliceCount - 1 { out += "\n" }
    }
    if sliceCount > 8 { out += "\n⋮" }
    return out
}

/// Rows of a matrix (column-major `data`) as Julia's REPL shows them, elided to fit
/// the screen; the rules are in `MatrixLayout`.
private func matrixLines(_ data: [Double], rows m: Int, columns n: Int, _ type: ElementType, width: Int, height: Int) -> String {
    let compact = n > 1
    let layout = MatrixLayout(rows: m, columns: n) { i, j in elementText(data[i + j * m], type, compact: compact) }
    return layout.lines(width: width, height: height).joined(separator: "\n")
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

// MARK: Characters and columns of any values

/// The REPL's view of a character, as Julia's: `'x': ASCII/Unicode U+0078 (category Ll: Letter, lowercase)`.
func characterDisplay(_ c: Character) -> String {
    let shown = show(.char(c))
    guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return shown }
    var hex = String(scalar.value, radix: 16, uppercase: true)
    if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
    let (code, name) = categoryName(scalar.properties.generalCategory)
    return "\(shown): \(scalar.isASCII ? "ASCII/Unicode" : "Unicode") U+\(hex) (category \(code): \(name))"
}

/// Julia's two-letter code and name of a Unicode general category.
private func categoryName(_ category: Unicode.GeneralCategory) -> (String, String) {
    switch category {
    case .uppercaseLetter: ("Lu", "Letter, uppercase")
    case .lowercaseLetter: ("Ll", "Letter, lowercase")
    case .titlecaseLetter: ("Lt", "Letter, titlecase")
    case .modifierLetter: ("Lm", "Letter, modifier")
    case .otherLetter: ("Lo", "Letter, other")
    case .nonspacingMark: ("Mn", "Mark, nonspacing")
    case .spacingMark: ("Mc", "Mark, spacing combining")
    case .enclosingMark: ("Me", "Mark, enclosing")
    case .decimalNumber: ("Nd", "Number, decimal digit")
    case .letterNumber: ("Nl", "Number, letter")
    case .otherNumber: ("No", "Number, other")
    case .connectorPunctuation: ("Pc", "Punctuation, connector")
    case .dashPunctuation: ("Pd", "Punctuation, dash")
    case .openPunctuation: ("Ps", "Punctuation, open")
    case .closePunctuation: ("Pe", "Punctuation, close")
    case .initialPunctuation: ("Pi", "Punctuation, initial quote")
    case .finalPunctuation: ("Pf", "Punctuation, final quote")
    case .otherPunctuation: ("Po", "Punctuation, other")
    case .mathSymbol: ("Sm", "Symbol, math")
    case .currencySymbol: ("Sc", "Symbol, currency")
    case .modifierSymbol: ("Sk", "Symbol, modifier")
    case .otherSymbol: ("So", "Symbol, other")
    case .spaceSeparator: ("Zs", "Separator, space")
    case .lineSeparator: ("Zl", "Separator, line")
    case .paragraphSeparator: ("Zp", "Separator, paragraph")
    case .control: ("Cc", "Other, control")
    case .format: ("Cf", "Other, format")
    case .surrogate: ("Cs", "Other, surrogate")
    case .privateUse: ("Co", "Other, private use")
    case .unassigned: ("Cn", "Other, not assigned")
    @unknown default: ("Cn", "Other, not assigned")
    }
}

/// The rows of a vector of any values as Julia's `print_matrix` aligns them: each
/// element's text split into a left and a right part (a number at its decimal point,
/// anything else all right), the left parts right-aligned in one column.
private func alignedRows(_ items: [Value], typeinfo: String? = nil) -> [String] {
    let texts = items.map { item -> String in
        if case .char(let c) = item { return characterDisplay(c) }
        return show(item, typeinfo: typeinfo)
    }
    let lefts = zip(items, texts).map { item, text -> Int in
        switch item {
        case .int, .bool:
            // Julia's `alignment` for integers (Bool is one): all of it on the left.
            return text.count
        case .float, .float32:
            // Julia's `alignment` for reals: up to the first of `.eEfF`.
            return text.firstIndex { ".eEfF".contains($0) }.map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        case .pair(let p):
            // For a pair: through the `=` of its arrow (base/show.jl), the key in
            // parentheses when it is a pair itself.
            var key = show(p.key).count
            if case .pair = p.key { key += 2 }
            return key + 2
        case .host(let object) where object is RationalNumber:
            // A rational: through the first `/` of its `//`.
            return text.range(of: "//").map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 } ?? text.count
        case .host(let object) where object is IrrationalConstant:
            // An irrational shows as its symbol alone, which aligns as its left part.
            return text.count
        case .complex:
            // For complex numbers: through the sign before the imaginary part.
            let chars = Array(text)
            var k = chars.count - 1
            while k > 0 && !(("+-".contains(chars[k])) && !"ef".contains(chars[k - 1])) { k -= 1 }
            return k > 0 ? k + 1 : 0
        default:
            return 0
        }
    }
    let width = lefts.max() ?? 0
    return zip(texts, lefts).map { text, left in String(repeating: " ", count: width - left) + text }
}

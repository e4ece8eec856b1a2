import Engine
import Foundation

// How values look: `show` (one line, as in `repr`), `printString` (what `print` writes:
// strings without quotes), and `display` (the REPL's multi-line view with a type header,
// aligned columns, and `⋮`/`…` elision to fit the terminal), all following Julia.

// MARK: Type names

/// Julia's name for a value's type: `Int64`, `Vector{Float64}`, `Matrix{Float64}`, `Dict{Symbol, Int64}`.
public func typeName(_ value: Value) -> String {
    typeName(value, depth: 0)
}

/// `depth` bounds the descent into containers, which may contain themselves.
private func typeName(_ value: Value, depth: Int) -> String {
    guard depth < 8 else { return "Any" }
    func inner(_ v: Value) -> String { typeName(v, depth: depth + 1) }
    switch value {
    case .nothing: return "Nothing"
    case .bool: return "Bool"
    case .int: return "Int64"
    case .float: return "Float64"
    case .complex(_, _, let parts): return Value.complexTypeName(parts)
    case .string: return "String"
    case .char: return "Char"
    case .symbol: return "Symbol"
    case .array(let box): return arrayTypeName(box)
    case .tracked(let v): return v.value.rank == 0 ? "Float64" : arrayTypeName(rank: v.value.rank, element: "Float64")
    case .range(.int(_, let step, _)): return step == 1 ? "UnitRange{Int64}" : "StepRange{Int64, Int64}"
    case .range: return "StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}"
    case .tuple(let items): return "Tuple{" + items.map(inner).joined(separator: ", ") + "}"
    case .pair(let p): return "Pair{\(inner(p.key)), \(inner(p.value))}"
    case .namedTuple(let names, _): return "NamedTuple{(" + names.map { ":" + $0 }.joined(separator: ", ") + ")}"
    case .list(let l): return "Vector{\(listElementType(l, depth: depth))}"
    case .dict(let box):
        if let types = box.declaredTypes { return "Dict{\(types.key), \(types.value)}" }
        let keys = commonType(box.keys.map { inner($0.value) })
        let values = commonType(box.keys.compactMap { box[$0] }.map(inner))
        return "Dict{\(keys), \(values)}"
    case .function(let f) where f.structType != nil: return f.structType?.typeParameters.isEmpty == false ? "UnionAll" : "DataType"
    case .function(let f): return f.juliaType.map(typeOfType) ?? (f.name.hasPrefix("#") ? "Function" : "typeof(\(f.name))")
    case .type(let t): return typeOfType(t.name)
    case .plot: return "Plot"
    case .host(let object): return object.juliaTypeName
    }
}

/// A list's element type: the elements' common type, or `Any` when they differ or it was written `Any[...]`.
private func listElementType(_ list: ListBox, depth: Int = 0) -> String {
    if let declared = list.declaredElementType { return declared }
    return list.isAny || list.items.isEmpty ? "Any" : commonType(list.items.map { typeName($0, depth: depth + 1) })
}

/// Julia's `typejoin` of the types named, as `collect` and `Dict(pairs...)` use it for
/// an element type: Int64 and Bool join to Integer, with Float64 to Real, with complex
/// numbers to Number; other mixtures as `commonType` says.
func typeJoin(_ names: [String]) -> String {
    let distinct = Set(names)
    guard distinct.count > 1 else { return names.first ?? "Any" }
    let integers: Set = ["Int64", "Bool"]
    let reals = integers.union(["Float64"])
    if distinct.isSubset(of: integers) { return "Integer" }
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

/// Julia's `typeinfo_implicit`: the element types whose values read back as that
/// type without a prefix (`[1, 2]`, `["a"]`, `[:a]`, arrays and tuples of them), so
/// `show` of a vector of them writes no `T[...]` before the brackets.
func isImplicitInShow(_ type: String) -> Bool {
    if ["Float64", "Int64", "Char", "String", "Symbol", "Nothing"].contains(type) { return true }
    guard let open = type.firstIndex(of: "{"), type.hasSuffix("}") else { return false }
    let head = type[..<open]
    var parameters: [String] = []
    var depth = 0
    var current = ""
    for c in type[type.index(after: open)..<type.index(before: type.endIndex)] {
        if c == "{" { depth += 1 }
        if c == "}" { depth -= 1 }
        if c == "," && depth == 0 {
            parameters.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        } else {
            current.append(c)
        }
    }
    parameters.append(current.trimmingCharacters(in: .whitespaces))
    switch head {
    case "Vector", "Matrix": return parameters.count == 1 && isImplicitInShow(parameters[0])
    case "Array": return parameters.count == 2 && Int(parameters[1]) != nil && isImplicitInShow(parameters[0])
    case "Tuple", "Pair": return parameters.allSatisfy(isImplicitInShow)
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
    var path = Set<ObjectIdentifier>()
    return show(value, &path, depth: 0)
}

/// Containers nested deeper than this show as `…`, so showing cannot exhaust the stack.
private let deepestShown = 200

/// `path` holds the containers being shown, so a list that contains itself prints
/// a marker instead of recursing forever (as Julia's `#= circular reference =#`).
private func show(_ value: Value, _ path: inout Set<ObjectIdentifier>, depth: Int) -> String {
    if depth > deepestShown { return "…" }
    func show(_ value: Value, _ path: inout Set<ObjectIdentifier>) -> String {
        Language.show(value, &path, depth: depth + 1)
    }
    func inside(_ box: AnyObject, _ body: (inout Set<ObjectIdentifier>) -> String) -> String {
        let id = ObjectIdentifier(box)
        guard path.insert(id).inserted else { return "#= circular reference =#" }
        defer { path.remove(id) }
        return body(&path)
    }
    func all(_ items: [Value], _ path: inout Set<ObjectIdentifier>) -> [String] {
        items.map { show($0, &path) }
    }
    switch value {
    case .nothing: return "nothing"
    case .bool(let b): return b ? "true" : "false"
    case .int(let n): return String(n)
    case .float(let x): return formatFloat(x)
    case .complex(let re, let im, let parts):
        // As Julia: the sign goes between the parts (NaN counts as +), and a float part
        // that is not finite is written `Inf*im`, since `Infim` would read as a name.
        // A Complex{Bool} is `im` or written as its constructor call.
        let negative = im.sign == .minus && !im.isNaN
        switch parts {
        case .bool: return re == 0 && im == 1 ? "im" : "Complex(\(re != 0),\(im != 0))"
        case .int64: return String(Int(re)) + (negative ? " - " : " + ") + String(Int(Swift.abs(im))) + "im"
        case .float64:
            return formatFloat(re) + (negative ? " - " : " + ") + formatFloat(negative ? -im : im) + (im.isFinite ? "" : "*") + "im"
        }
    case .string(let s): return quoted(s)
    case .char(let c): return c == "'" ? "'\\''" : "'" + quoted(String(c)).dropFirst().dropLast() + "'"
    case .symbol(let s): return ":" + s
    case .array(let box): return showArray(box.tensor, box.elementType)
    case .tracked(let v): return v.value.rank == 0 ? formatFloat(v.value.scalars[0]) : showArray(v.value, .float64)
    case .range(let r):
        switch r {
        case let .int(start, step, stop): return step == 1 ? "\(start):\(stop)" : "\(start):\(step):\(stop)"
        case let .float(start, step, count):
            let stop = RangeValue.exactSum(start, step, Swift.max(count - 1, 0))
            return "\(formatFloat(start)):\(formatFloat(step)):\(formatFloat(stop))"
        }
    case .tuple(let items):
        return "(" + all(items.values, &path).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .pair(let p): return show(p.key, &path) + " => " + show(p.value, &path)
    case .namedTuple(let names, let values):
        return "(" + zip(names, all(values.values, &path)).map { "\($0) = \($1)" }.joined(separator: ", ")
            + (names.count == 1 ? ",)" : ")")
    case .list(let list):
        return inside(list) { path in
            // Julia writes the element type where the elements alone would not show it.
            let element = listElementType(list)
            let prefix = list.items.isEmpty || !isImplicitInShow(element) ? element : ""
            return prefix + "[" + all(list.items, &path).joined(separator: ", ") + "]"
        }
    case .dict(let box):
        return inside(box) { path in
            let entries = box.keys.compactMap { k in box[k].map { show(k.value, &path) + " => " + show($0, &path) } }
            return entries.isEmpty ? typeName(value) + "()" : "Dict(" + entries.joined(separator: ", ") + ")"
        }
    case .function(let f): return f.juliaType ?? f.name
    case .type(let t): return t.name
    case .plot(let text): return text
    case .host(let object): return object.show()
    }
}

/// What `print`, `println`, `string` and interpolation write: strings and characters as they are.
public func printString(_ value: Value) -> String {
    switch value {
    case .string(let s): return s
    case .char(let c): return String(c)
    case .symbol(let s): return s
    default: return show(value)
    }
}

private func quoted(_ s: String) -> String {
    var out = "\""
    for c in s {
        switch c {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "$": out += "\\$"
        default: out.append(c)
        }
    }
    return out + "\""
}

private func elementText(_ x: Double, _ type: ElementType, compact: Bool) -> String {
    switch type {
    case .int64: return Int(exactly: x).map { String($0) } ?? formatFloat(x)
    case .bool: return x != 0 ? "1" : "0"
    case .float64: return compact ? formatCompact(x) : formatFloat(x)
    }
}

private func showArray(_ t: Tensor, _ type: ElementType) -> String {
    let prefix = type == .bool ? "Bool" : ""
    if t.count == 0 { return (type == .int64 ? "Int64" : type == .bool ? "Bool" : "Float64") + "[]" }
    func text(_ x: Double) -> String { elementText(x, type, compact: false) }
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

// MARK: The REPL display

/// The REPL's view of a value, like Julia's `display`: a header line for arrays and
/// dictionaries, columns aligned on the decimal point, and elision to fit `width`×`height`.
/// `nothing` displays as the empty string.
public func display(_ value: Value, width: Int = 80, height: Int = 24) -> String {
    switch value {
    case .nothing: return ""
    case .array(let box):
        // Julia's summary names what the row wraps: `1×3 adjoint(::Vector{Int64}) with eltype Int64`.
        let element = box.elementType.juliaName
        let name: String? = switch box.wrapper {
        case .none: nil
        case .bitArray: bitArrayTypeName(rank: box.tensor.rank)
        case .adjoint(let parent, _): "adjoint(::\(parent)) with eltype \(element)"
        case .transpose(let parent, _): "transpose(::\(parent)) with eltype \(element)"
        }
        return displayArray(box.tensor, box.elementType, name: name, width: width, height: height)
    case .tracked(let v) where v.value.rank > 0: return displayArray(v.value, .float64, width: width, height: height)
    case .list(let list):
        if list.items.isEmpty { return "Any[]" }
        let rows = alignedRows(list.items)
        return "\(list.items.count)-element \(typeName(value)):\n" + elide(rows.map { " " + clip($0, width - 1) }, height: height)
    case .dict(let box):
        let header = "\(typeName(value)) with \(box.count) entr\(box.count == 1 ? "y" : "ies")"
        if box.count == 0 { return typeName(value) + "()" }
        let keys = box.keys.map { show($0.value) }
        let keyWidth = keys.map(\.count).max() ?? 0
        let lines = zip(box.keys, keys).compactMap { key, text in
            box[key].map { "  " + text.padding(to: keyWidth) + " => " + show($0) }
        }
        return header + ":\n" + elide(lines.map { clip($0, width) }, height: height)
    case .function(let f) where f.juliaType != nil:
        return show(value)
    case .function(let f):
        let n = f.methods.count
        return "\(f.name) (generic function with \(n) method\(n == 1 ? "" : "s"))"
    case .host(let object):
        return object.display(width: width, height: height)
    case .char(let c):
        return characterDisplay(c)
    default:
        return show(value)
    }
}

private func clip(_ s: String, _ width: Int) -> String {
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
private func alignedRows(_ items: [Value]) -> [String] {
    let texts = items.map { item -> String in
        if case .char(let c) = item { return characterDisplay(c) }
        return show(item)
    }
    let lefts = zip(items, texts).map { item, text -> Int in
        switch item {
        case .int, .float, .bool:
            // Julia's `alignment` for reals: up to the first of `.eEfF`.
            return text.firstIndex { ".eEfF".contains($0) }.map { text.distance(from: text.startIndex, to: $0) } ?? text.count
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

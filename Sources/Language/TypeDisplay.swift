import Foundation

/// The REPL's view of a type (Julia's `show(::IO, ::MIME"text/plain", ::Type)`,
/// base/show.jl): a type that is an alias's instance shows the alias and then what it
/// stands for, `Vector{Int64} (alias for Array{Int64, 1})`; the type of a named
/// function says so, `typeof(f) (singleton type of function f, subtype of Function)`;
/// any other type is its name.
func typeDisplay(_ name: String) -> String {
    if name.hasPrefix("typeof("), name.hasSuffix(")") {
        let function = name.dropFirst("typeof(".count).dropLast()
        if !function.isEmpty, !function.contains("#"), !function.contains("(") {
            return "\(name) (singleton type of function \(function), subtype of Function)"
        }
    }
    let (head, _) = typeNameParts(name)
    guard typeAliases[head] != nil else { return name }
    return "\(name) (alias for \(withoutAliases(name)))"
}

/// Julia's aliases of the types the notebook names, and what each stands for with its
/// parameters (`$1` the first).
private let typeAliases: [String: (expansion: String, parameters: Int)] = [
    "Vector": ("Array{$1, 1}", 1), "Matrix": ("Array{$1, 2}", 1),
    "AbstractVector": ("AbstractArray{$1, 1}", 1), "AbstractMatrix": ("AbstractArray{$1, 2}", 1),
    "BitVector": ("BitArray{1}", 0), "BitMatrix": ("BitArray{2}", 0),
    "ComplexF64": ("Complex{Float64}", 0), "ComplexF32": ("Complex{Float32}", 0), "ComplexF16": ("Complex{Float16}", 0),
]

/// A type's name with every alias written out, as Julia prints a type outside compact
/// context: `Vector{Vector{Int64}}` is `Array{Array{Int64, 1}, 1}`.
private func withoutAliases(_ name: String) -> String {
    let (head, parameters) = typeNameParts(name)
    let expanded = parameters.map(withoutAliases)
    if let alias = typeAliases[head], alias.parameters == expanded.count {
        return expanded.isEmpty ? alias.expansion : alias.expansion.replacingOccurrences(of: "$1", with: expanded[0])
    }
    return expanded.isEmpty ? name : head + "{" + expanded.joined(separator: ", ") + "}"
}

/// `Dict{String, Vector{Int64}}` as its head `Dict` and its top-level parameters.
private func typeNameParts(_ name: String) -> (head: String, parameters: [String]) {
    guard let open = name.firstIndex(of: "{"), name.hasSuffix("}") else { return (name, []) }
    var parameters: [String] = []
    var depth = 0
    var current = ""
    for c in name[name.index(after: open)..<name.index(before: name.endIndex)] {
        switch c {
        case "{", "(": depth += 1; current.append(c)
        case "}", ")": depth -= 1; current.append(c)
        case "," where depth == 0:
            parameters.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        default: current.append(c)
        }
    }
    parameters.append(current.trimmingCharacters(in: .whitespaces))
    return (String(name[..<open]), parameters)
}

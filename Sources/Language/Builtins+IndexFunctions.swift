/// `getindex(A, i...)` and `setindex!(A, v, i...)`, the functions Julia's `A[i]` and
/// `A[i] = v` call; they take evaluated indices, so `end` and a bare `:` belong to the
/// bracket syntax only.
extension Library {
    mutating func registerIndexFunctionBuiltins() {
        define("getindex", 2...Int.max, help: "getindex(A, i...) — A[i...]; getindex(d, k) — d[k]") { interp, args in
            let base = args[0]
            return try interp.index(base, try interp.indexValues(Array(args.values.dropFirst()), of: base))
        }
        define("setindex!", 3...Int.max, help: "setindex!(A, v, i...) — A[i...] = v, and returns A") { interp, args in
            let base = try interp.inPlaceTarget(args[0])
            try interp.assignIndex(base, try interp.indexValues(Array(args.values.dropFirst(2)), of: base), args[1])
            return args[0]
        }
    }
}

extension Runtime {
    /// Indices already evaluated, as `A[...]` reads them: a Dict's key, the positions of a
    /// CartesianIndex, or numbers and ranges.
    fileprivate func indexValues(_ values: [Value], of base: Value) throws -> [IndexValue] {
        if case .dict = base { return values.map { .key($0) } }
        var result: [IndexValue] = []
        for value in values {
            if case .host(let object) = value, let positions = object.indexPositions {
                result.append(contentsOf: positions.map { .single($0) })
            } else {
                result.append(try indexValue(value, at: nowhere))
            }
        }
        return result
    }
}

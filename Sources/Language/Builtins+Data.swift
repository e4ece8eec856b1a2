import Engine
import Foundation

/// Working with data sets: reading a text file, drawing random indices and orders,
/// and the small collection helpers that preparing a corpus needs (`unique`,
/// `findall`, `repeat`). Random draws come from the interpreter's seeded source, so
/// after `srand(n)` a lesson's run repeats exactly.
extension Interpreter {
    /// `read` refuses larger files: a lesson's corpus is small, and a mistyped path to
    /// a large file should not stall the notebook or fill its memory.
    static let largestReadableFile = 10 * 1024 * 1024
}

extension Runtime {
    // MARK: Files

    /// The text of the file at `path`, resolved against `baseDirectory` (or the current
    /// directory) when relative. Every error names the path as the program wrote it.
    func readText(_ path: String) throws -> String {
        guard !path.isEmpty else { throw RuntimeError("read: the path is empty", kind: .argument) }
        // The system would read the path only up to the NUL ("/etc/hostname\0.txt" read
        // /etc/hostname), so the file opened would not be the file named.
        guard !path.utf8.contains(0) else {
            throw RuntimeError("read: the path contains a NUL character (\\0), which no file name can hold", kind: .argument)
        }
        let base = settings.resolvedBaseDirectory
        let resolved: String
        if path.hasPrefix("/") {
            resolved = path
        } else {
            resolved = URL(fileURLWithPath: base).appendingPathComponent(path).standardized.path
        }
        let named = resolved == path ? "\"\(path)\"" : "\"\(path)\" (\(resolved))"
        if let folder = settings.readableFolder,
           FolderConfinement.resolved(resolved, inside: folder.isEmpty ? base : folder) == nil {
            throw RuntimeError(
                "read: \(named) is outside the course folder; a lesson's code may read only the files in its own folder",
                kind: .argument)
        }
        // Links are followed, as Julia's read does (the confinement above has already
        // resolved them): what is checked below is the file they lead to.
        let target = FolderConfinement.realPath(resolved) ?? resolved
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: target, isDirectory: &isFolder) else {
            throw RuntimeError("read: there is no file \(named)", kind: .argument)
        }
        guard !isFolder.boolValue else { throw RuntimeError("read: \(named) is a folder, not a file") }
        // Devices and pipes report no useful size and may never end; only plain files are read.
        let attributes = try? files.attributesOfItem(atPath: target)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw RuntimeError("read: \(named) is not a regular file", kind: .argument)
        }
        let limit = Interpreter.largestReadableFile
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limit else {
            throw RuntimeError("read: \(named) holds \(size) bytes; files over 10 MB (\(limit) bytes) are refused", kind: .argument)
        }
        guard let handle = FileHandle(forReadingAtPath: target) else {
            throw RuntimeError("read: cannot open \(named) (is it readable?)", kind: .argument)
        }
        defer { try? handle.close() }
        // Read one byte past the limit, so a file that grew since it was measured is still refused.
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw RuntimeError("read: cannot read \(named): \(error.localizedDescription)", kind: .argument)
        }
        guard data.count <= limit else {
            throw RuntimeError("read: \(named) is larger than 10 MB; files over \(limit) bytes are refused", kind: .argument)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuntimeError("read: \(named) is not UTF-8 text", kind: .argument)
        }
        return text
    }

    // MARK: Random draws

    /// Weights for `sample`: numbers, all finite and ≥ 0, not all zero.
    fileprivate func weights(_ value: Value) throws -> [Double] {
        let weights: [Double]
        if case .list = value {
            weights = try collectElements(value).map { item in
                guard let w = scalarDouble(item) else { throw RuntimeError("sample: weights must be numbers, got \(describeType(item))", kind: .argument) }
                return w
            }
        } else {
            guard let (v, _) = try operand(value) else {
                throw RuntimeError("sample: the weights must be a vector of numbers, got \(describeType(value))", kind: .argument)
            }
            weights = v.value.scalars
        }
        guard !weights.isEmpty else { throw RuntimeError("sample: there are no weights to draw from") }
        if let k = weights.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw RuntimeError("sample: weight \(k + 1) is \(formatFloat(weights[k])); weights must be finite and ≥ 0", kind: .argument)
        }
        guard weights.contains(where: { $0 > 0 }) else { throw RuntimeError("sample: all weights are zero") }
        return weights
    }

    // MARK: Collections

    /// Julia's `unique`: compares with `isequal`, so one NaN is kept and -0.0 differs from 0.0.
    fileprivate func unique(_ value: Value) throws -> Value {
        switch value {
        case .array(let box):
            var seen = Set<UInt64>()
            let kept = box.tensor.scalars.filter { x in seen.insert(x.isNaN ? Double.nan.bitPattern : x.bitPattern).inserted }
            return .array(ArrayBox(Tensor(vector: kept), elementType: box.elementType))
        case .range(let r):
            // A range never repeats an element (its step is not zero).
            try checkBudget(r.count)
            return .array(ArrayBox(Tensor(vector: try r.storableDoubles()), elementType: r.isIntegral ? .int64 : .float64))
        case .tracked:
            throw RuntimeError("unique: cannot be used on a value being differentiated", kind: .argument)
        case .host(let set as SetValue):
            // A Set's elements are distinct already: unique gives them as a Vector{T}.
            return vectorOfElementType(set.elements, set.elementType)
        default:
            let items = try collectElements(value)
            var seenKeys = Set<DictKey>()
            var kept: [Value] = []
            for item in items {
                if let key = dictKey(item) {
                    if seenKeys.insert(key).inserted { kept.append(item) }
                } else if try !kept.contains(where: { try equalValues($0, item) }) {
                    kept.append(item)
                }
            }
            if case .list(let list) = value { return .list(ListBox(kept, isAny: list.isAny)) }
            return kept.isEmpty ? .list(ListBox([], isAny: true)) : try makeVector(kept)
        }
    }

    /// Indices of the elements that are true (or that `test` accepts): 1-based numbers
    /// for vectors, (i, j, ...) tuples for higher ranks as `argmax` gives them, and keys
    /// for a dictionary (whose values are tested).
    fileprivate func findAll(_ test: Value?, in collection: Value) throws -> Value {
        func verdict(_ item: Value) throws -> Bool {
            let answer = try test.map { try call($0, [item], [:], at: nowhere) } ?? item
            guard case .bool(let b) = answer else {
                throw RuntimeError(test == nil
                    ? "findall: the elements must be true or false, got \(describeType(item)); use findall(f, v) with a test"
                    : "findall: the test must return true or false, got \(describeType(answer))")
            }
            return b
        }
        if case .dict(let d) = collection {
            guard test != nil else { throw RuntimeError("findall: on a dictionary, give a test for its values: findall(f, d)", kind: .argument) }
            var keys: [Value] = []
            for key in d.keys { if let v = d[key], try verdict(v) { keys.append(key.value) } }
            return keys.isEmpty ? .list(ListBox([], isAny: true)) : try makeVector(keys)
        }
        var hits: [Int] = []
        var offset = 0
        try forEachElement(of: collection) { item in
            if try verdict(item) { hits.append(offset) }
            offset += 1
            return true
        }
        var shape: [Int] = [offset]
        if case .array(let box) = collection { shape = box.tensor.shape }
        if case .tracked(let v) = collection, v.value.rank > 0 { shape = v.value.shape }
        guard shape.count >= 2 else {
            return .array(ArrayBox(Tensor(vector: hits.map { Double($0 + 1) }), elementType: .int64))
        }
        return .list(ListBox(hits.map { .host(CartesianIndex.of(offset: $0, in: shape)) }))
    }

    /// `repeat`: a string or list `n` times over, or a numeric array tiled along each dimension.
    fileprivate func repeated(_ value: Value, _ counts: [Int]) throws -> Value {
        func single(_ kind: String) throws -> Int {
            guard counts.count == 1 else { throw RuntimeError("repeat: a \(kind) repeats with one count, as repeat(x, n)") }
            return counts[0]
        }
        switch value {
        case .string, .char:
            let text = printString(value)
            let n = try single("string")
            try checkTextBudget(text.utf8.count.multipliedReportingOverflow(by: n))
            return .string(String(repeating: text, count: n))
        case .list(let list):
            let n = try single("list")
            try checkBudget(list.items.count.multipliedReportingOverflow(by: n))
            return .list(ListBox(Array([[Value]](repeating: list.items, count: n).joined()), isAny: list.isAny))
        case .array, .range:
            guard let (v, type) = try operand(value) else { break }
            return .array(ArrayBox(try tiled(v.value, counts), elementType: type))
        default:
            break
        }
        throw RuntimeError("repeat: expected a string, an array or a list, got \(describeType(value))", kind: .method)
    }

    /// The tensor tiled `counts[d]` times along dimension d (missing counts and
    /// dimensions are 1), as Julia's `repeat(A, counts...)`.
    fileprivate func tiled(_ tensor: Tensor, _ counts: [Int]) throws -> Tensor {
        let rank = Swift.max(tensor.rank, counts.count)
        let inner = (0..<rank).map { tensor.size($0) }
        var outer: [Int] = []
        var total = 1
        for d in 0..<rank {
            let times = d < counts.count ? counts[d] : 1
            let (extent, overflow) = inner[d].multipliedReportingOverflow(by: times)
            guard !overflow else { throw RuntimeError("refusing an allocation too large to count", kind: .limit) }
            try checkBudget(total.multipliedReportingOverflow(by: extent))
            total *= extent
            outer.append(extent)
        }
        let source = tensor.scalars
        return try Tensor.generate(shape: outer) { offset in
            // Walk the output's column-major position back to the source element.
            var rest = offset
            var from = 0
            var stride = 1
            for d in 0..<rank {
                let i = rest % outer[d]
                rest /= outer[d]
                from += (i % inner[d]) * stride
                stride *= inner[d]
            }
            return source[from]
        }
    }
}

extension Library {
    mutating func registerDataBuiltins() {
        define("read", 2...2, help: "read(path, String) — the text of a file; relative paths start at the lesson's folder") { interp, args in
            guard case .function(let type) = args[1], type.name == "String" else {
                throw RuntimeError("read: the second argument must be the type String, as in read(path, String)", kind: .argument)
            }
            guard case .string(let path) = args[0] else {
                throw RuntimeError("read: the path must be a string, got \(describeType(args[0]))", kind: .argument)
            }
            return .string(try interp.readText(path))
        }
        define("sample", 1...2, help: "sample(p) — a random index i drawn with probability p[i]/sum(p); sample(xs, p) — xs[i] for such an i") { interp, args in
            let weights = try interp.weights(args[args.count - 1])
            if args.count == 1 { return .int(try categoricalIndex(weights, uniform: interp.random.uniform()) + 1) }
            let items = try interp.collectElements(args[0])
            guard items.count == weights.count else {
                throw RuntimeError("sample: \(items.count) elements but \(weights.count) weights", kind: .dimensionMismatch)
            }
            return items[try categoricalIndex(weights, uniform: interp.random.uniform())]
        }
        define("unique", 1...1, help: "unique(v) — the distinct elements, each at its first occurrence, in order") { interp, args in
            try interp.unique(args[0])
        }
        define("findall", 1...2, help: "findall(v) — the indices of the true elements; findall(f, v) — the indices where f(x) is true; findall(sub, s) — the byte ranges where sub occurs in s, without overlap") { interp, args in
            if args.count == 2, case .string(let needle) = args[0], case .string(let haystack) = args[1] {
                return try occurrences(of: needle, in: haystack)
            }
            return try interp.findAll(args.count == 2 ? args[0] : nil, in: args[args.count - 1])
        }
        define("repeat", 2...8, help: "repeat(s, n) — the string s written n times; repeat(A, m, n...) — A tiled m times down, n across") { interp, args in
            let counts = try (1..<args.count).map { i -> Int in
                let n = try args.integer(i, "count")
                guard n >= 0 else { throw RuntimeError("repeat: counts must be ≥ 0, got \(n)", kind: .argument) }
                return n
            }
            return try interp.repeated(args[0], counts)
        }
    }
}

/// `findall(t::AbstractString, s)` (base/strings/search.jl): each occurrence of t in s
/// as the range of byte indices from its first character to its last, searching on
/// after each one (no overlap), as a Vector{UnitRange{Int64}}.
private func occurrences(of needle: String, in haystack: String) throws -> Value {
    guard !needle.isEmpty else {
        throw RuntimeError("findall of an empty string (Julia's empty ranges between characters) is not supported", kind: .notSupported)
    }
    let text = Array(haystack.utf8)
    let wanted = Array(needle.utf8)
    // The needle's last character starts this many bytes before its end.
    let lastCharacter = needle.unicodeScalars.last.map { String($0).utf8.count } ?? 1
    var found: [Value] = []
    var start = 0
    while start + wanted.count <= text.count {
        if text[start..<(start + wanted.count)].elementsEqual(wanted) {
            found.append(.range(.units(start + 1, start + wanted.count - lastCharacter + 1)))
            start += wanted.count
        } else {
            start += 1
        }
    }
    let list = ListBox(found)
    list.declaredElementType = "UnitRange{Int64}"
    return .list(list)
}


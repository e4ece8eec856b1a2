import Engine

/// Julia's random functions on Julia 1.10's own stream (the engine's `JuliaXoshiro`):
/// after `Random.seed!(n)`, `rand`, `randn`, `randperm`, `shuffle` and `randstring`
/// print the numbers Julia prints. Each may take a generator first, as in Julia:
/// `Xoshiro(seed)`, or `Random.default_rng()` / `TaskLocalRNG()` for the default one.
///
/// Which draws an array gets depends on how Julia fills it, so the rules are Julia's:
/// an `Array{Float64}` of 8 or more elements is filled by eight interleaved generators
/// (`JuliaXoshiro.bulkWords`), while a view or an adjoint (not an `Array` in Julia)
/// is filled one scalar draw at a time.

/// A generator made by `Xoshiro(seed)`: a mutable object, shared by assignment as in Julia.
final class XoshiroObject: HostObject {
    var state: JuliaXoshiro
    init(_ state: JuliaXoshiro) { self.state = state }

    var juliaTypeName: String { "Xoshiro" }
    /// Julia 1.10 shows a Xoshiro as its five fields (it has no `show` of its own).
    func show() -> String {
        let words = [state.s0, state.s1, state.s2, state.s3, state.s4].map { w -> String in
            let digits = String(w, radix: 16)
            return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
        }
        return "Xoshiro(\(words.joined(separator: ", ")))"
    }
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { XoshiroObject(state) }
    func isEqual(to other: any HostObject) -> Bool {
        // `==` of two Xoshiro compares their states (Xoshiro.jl).
        (other as? XoshiroObject).map { $0.state == state } ?? false
    }
}

/// `TaskLocalRNG()`, what `Random.seed!(n)` and `Random.default_rng()` return: a token for
/// the program's default stream, which it reads and advances.
final class TaskLocalRNGObject: HostObject, Sendable {
    static let shared = TaskLocalRNGObject()
    var juliaTypeName: String { "TaskLocalRNG" }
    func show() -> String { "TaskLocalRNG()" }
    func isEqual(to other: any HostObject) -> Bool { other is TaskLocalRNGObject }
}

/// The generator a call draws from: the default stream, or a `Xoshiro` object.
private enum Generator {
    case taskLocal
    case object(XoshiroObject)
}

/// How `rand(xs)` picks one element of `xs`, as Julia's sampler for its type does.
private enum Picker {
    /// Arrays, ranges, lists: `xs[1 + k]` with k uniform below the length (NDL).
    case index(count: Int, element: (Int) -> Value)
    /// A tuple, whose sampler depends on its length (generation.jl).
    case tuple(TupleItems)
    /// A string, drawn by byte position with continuation bytes redrawn (one pick only;
    /// for several Julia collects the characters first).
    case string(String)
}

extension Runtime {
    /// Splits off a leading generator argument, as Julia's `rand(rng, ...)` takes one.
    fileprivate func generator(_ args: Arguments) -> (Generator, Arguments) {
        guard args.count > 0 else { return (.taskLocal, args) }
        let rest = Arguments(function: args.function, values: Array(args.values.dropFirst()), keywords: args.keywords)
        switch args[0] {
        case .host(let object as XoshiroObject): return (.object(object), rest)
        case .host(is TaskLocalRNGObject): return (.taskLocal, rest)
        default: return (.taskLocal, args)
        }
    }

    /// Runs `body` on the chosen generator, writing its state back.
    fileprivate func drawing<T>(from generator: Generator, _ body: (inout JuliaXoshiro) throws -> T) rethrows -> T {
        switch generator {
        case .taskLocal: return try body(&random)
        case .object(let object): return try body(&object.state)
        }
    }

    /// Dimensions after nothing else: `rand(2, 3)`, `rand((2, 3))`, with the budget checked.
    fileprivate func randomShape(_ args: Arguments, from start: Int) throws -> [Int] {
        let shape = try args.dimensions(from: start)
        for d in shape where d < 0 {
            throw RuntimeError("\(args.function): dimensions cannot be negative, got \(shape.map(String.init).joined(separator: "×"))", kind: .argument)
        }
        var count = 1
        for d in shape { try checkBudget(count.multipliedReportingOverflow(by: d)); count *= d }
        return shape
    }

    fileprivate func typeName(_ value: Value) -> String? {
        if case .function(let f) = value { return f.name }
        return nil
    }

    // MARK: rand

    fileprivate func rand(_ g: Generator, _ args: Arguments) throws -> Value {
        // rand(), rand(dims...), rand(T), rand(T, dims...), rand(xs), rand(xs, dims...).
        if args.count == 0 { return .float(drawing(from: g) { $0.uniform() }) }
        if let type = typeName(args[0]) {
            let shape = args.count == 1 ? nil : try randomShape(args, from: 1)
            switch type {
            case "Float64":
                guard let shape else { return .float(drawing(from: g) { $0.uniform() }) }
                let values = drawing(from: g) { $0.uniforms(count: shape.reduce(1, *)) }
                return .array(ArrayBox(try Tensor(shape: shape, scalars: values)))
            case "Bool":
                guard let shape else { return .bool(drawing(from: g) { $0.bool() }) }
                let values = drawing(from: g) { $0.bools(count: shape.reduce(1, *)) }
                return .array(ArrayBox(try Tensor(shape: shape, scalars: values.map { $0 ? 1 : 0 }), elementType: .bool))
            case "Int", "Int64":
                guard shape == nil else {
                    throw RuntimeError("rand(Int, dims...): arrays of full 64-bit random integers cannot be stored here (array integers are exact only up to 2^53); use rand(a:b, dims...)", kind: .notSupported)
                }
                return .int(drawing(from: g) { $0.int64() })
            case "Float32": throw RuntimeError(float32DrawRefusal, kind: .notSupported)
            default:
                throw RuntimeError("rand: cannot draw values of type \(type) (Float64, Bool and Int are available, or pick from a collection: rand(xs))", kind: .notSupported)
            }
        }
        if args[0].isNumber {
            let shape = try randomShape(args, from: 0)
            let values = drawing(from: g) { $0.uniforms(count: shape.reduce(1, *)) }
            return .array(ArrayBox(try Tensor(shape: shape, scalars: values)))
        }
        return try picks(g, args)
    }

    fileprivate func picker(_ collection: Value, single: Bool) throws -> Picker {
        switch collection {
        case .range(let r):
            return .index(count: r.count) { r.element($0) }
        case .array(let box):
            let t = box.tensor
            return .index(count: t.count) { Value.number(t.scalars[$0], as: box.elementType) }
        case .list(let list):
            let items = list.items
            return .index(count: items.count) { items[$0] }
        case .tuple(let items):
            return .tuple(items)
        case .string(let s):
            if single { return .string(s) }
            let chars = Array(s).map { Value.char($0) }
            return .index(count: chars.count) { chars[$0] }
        case .dict, .host:
            throw RuntimeError("rand: picking from \(describeType(collection)) follows the layout of Julia's hash tables, which the notebook does not reproduce; use rand(collect(xs))", kind: .notSupported)
        default:
            throw RuntimeError("rand: cannot pick from \(describeType(collection))", kind: .argument)
        }
    }

    fileprivate func pick(_ picker: Picker, _ rng: inout JuliaXoshiro) throws -> Value {
        switch picker {
        case .index(let count, let element):
            guard count > 0 else { throw RuntimeError("rand: cannot pick from an empty collection", kind: .argument) }
            return element(rng.index(below: count))
        case .tuple(let items):
            let n = items.count
            guard n > 0 else { throw RuntimeError("rand: cannot pick from an empty collection", kind: .argument) }
            switch n {
            case 1: return items[0]  // no draw at all
            case 2: return items[rng.bool() ? 1 : 0]
            case 3:
                // 52 bits, the all-ones value redrawn, divided into thirds.
                while true {
                    let r = (rng.next() >> 12) & 0x000f_ffff_ffff_ffff
                    if r != 0x000f_ffff_ffff_ffff { return items[Int(r / 0x0005_5555_5555_5555)] }
                }
            case _ where n & (n - 1) == 0:
                // A power of two: the low bits of a 32-bit draw (the top half of 64).
                return items[Int((rng.next() >> 32) & UInt64(n - 1))]
            default: return items[rng.index(below: n)]
            }
        case .string(let s):
            let bytes = Array(s.utf8)
            guard !bytes.isEmpty else { throw RuntimeError("rand: cannot pick from an empty collection", kind: .argument) }
            while true {
                let position = rng.index(below: bytes.count)
                // A continuation byte (10xxxxxx) is inside a character: draw again.
                if bytes[position] & 0xC0 != 0x80 {
                    return .char(String(decoding: bytes[position...], as: UTF8.self).first!)
                }
            }
        }
    }

    /// `rand(xs)` and `rand(xs, dims...)`: elements of `xs` drawn with replacement, into an
    /// array of `xs`'s element type.
    fileprivate func picks(_ g: Generator, _ args: Arguments) throws -> Value {
        let collection = args[0]
        if args.count == 1 {
            let p = try picker(collection, single: true)
            return try drawing(from: g) { try pick(p, &$0) }
        }
        let shape = try randomShape(args, from: 1)
        let total = shape.reduce(1, *)
        let p = try picker(collection, single: false)
        if case .index(let count, _) = p, count == 0 { throw RuntimeError("rand: cannot pick from an empty collection", kind: .argument) }
        let items = try drawing(from: g) { rng in try (0..<total).map { _ in try pick(p, &rng) } }
        switch collection {
        case .array(let box):
            let scalars = items.map { scalarDouble($0) ?? 0 }
            return .array(ArrayBox(try Tensor(shape: shape, scalars: scalars), elementType: box.elementType))
        case .range(let r):
            if r.isIntegral { for case .int(let n) in items { try checkStorable(n) } }
            let scalars = items.map { scalarDouble($0) ?? 0 }
            return .array(ArrayBox(try Tensor(shape: shape, scalars: scalars), elementType: r.isIntegral ? .int64 : .float64))
        case .list(let list) where shape.count == 1:
            return .list(ListBox(items, isAny: list.isAny))
        default:
            if total == 0 { return .array(ArrayBox(try Tensor.zeros(shape: shape))) }
            let vector = try makeVector(items)
            if case .array(let box) = vector {
                return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
            }
            guard shape.count == 1 else {
                throw RuntimeError("rand: picks that are not numbers can fill only a vector, not shape \(shape.map(String.init).joined(separator: "×"))", kind: .notSupported)
            }
            return vector
        }
    }

    // MARK: In place

    /// Whether Julia fills `box` as an `Array` (the bulk path) or element by element (a
    /// view, a transpose: other `AbstractArray`s take the generic scalar loop).
    fileprivate func isPlainArray(_ box: ArrayBox) -> Bool {
        guard box.wrapper == .none || box.wrapper == .bitArray else { return false }
        guard let parent = box.parent else { return true }
        if case .reshaped = parent.sharing { return isPlainArray(parent.box) }
        return false
    }

    fileprivate func fill(_ box: ArrayBox, with values: [Double]) throws {
        try box.checkWritable()
        box.tensor = try Tensor(shape: box.tensor.shape, scalars: values)
    }

    fileprivate func arrayArgument(_ args: Arguments, _ i: Int) throws -> ArrayBox {
        guard case .array(let box) = args[i] else {
            throw RuntimeError("\(args.function): expected an array to fill, got \(describeType(args[i]))", kind: .method)
        }
        return box
    }

    // MARK: Permutations and strings

    /// Julia 1.10's `shuffle!` on `items`.
    fileprivate func shuffled<T>(_ items: [T], _ g: Generator) -> [T] {
        var items = items
        drawing(from: g) { $0.shuffle(&items) }
        return items
    }

    fileprivate func shuffle(_ g: Generator, _ value: Value, inPlace: Bool) throws -> Value {
        switch value {
        case .array(let box):
            let scalars = shuffled(box.tensor.scalars, g)
            if inPlace {
                try fill(box, with: scalars)
                return value
            }
            return .array(ArrayBox(try Tensor(shape: box.tensor.shape, scalars: scalars), elementType: box.elementType))
        case .range(let r) where !inPlace:
            try checkBudget(r.count)
            let scalars = shuffled(try r.storableDoubles(), g)
            return .array(ArrayBox(Tensor(vector: scalars), elementType: r.isIntegral ? .int64 : .float64))
        case .list(let list):
            let items = shuffled(list.items, g)
            if inPlace {
                guard list.slicesTypeName == nil else {
                    throw RuntimeError("shuffle!: \(list.slicesTypeName!) cannot be changed; shuffle(collect(xs)) makes a vector that can", kind: .method)
                }
                list.items = items
                return value
            }
            return .list(ListBox(items, isAny: list.isAny))
        default:
            let name = inPlace ? "shuffle!" : "shuffle"
            throw RuntimeError("\(name): expected an array or a list, got \(describeType(value))\(inPlace ? "" : "; for a string use shuffle(collect(s))")", kind: .method)
        }
    }

    /// `randstring([chars], [n])`: `n` picks from `chars` (by default 0-9, A-Z, a-z).
    fileprivate func randomString(_ g: Generator, _ args: Arguments) throws -> Value {
        var chars = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var length = 8
        var i = 0
        if i < args.count, !args[i].isNumber {
            switch args[i] {
            case .string(let s): chars = Array(s)
            default:
                chars = try collectElements(args[i]).map { item in
                    guard case .char(let c) = item else {
                        throw RuntimeError("randstring: the characters must be a string or a collection of Chars, got \(describeType(args[i]))", kind: .argument)
                    }
                    return c
                }
            }
            i += 1
        }
        if i < args.count {
            length = try args.integer(i, "length")
            guard length >= 0 else { throw RuntimeError("randstring: the length must be ≥ 0, got \(length)", kind: .argument) }
            i += 1
        }
        guard i == args.count else { throw RuntimeError("randstring: expected randstring([chars], [length])", kind: .argument) }
        try checkBudget(length)
        if length > 0 && chars.isEmpty { throw RuntimeError("randstring: cannot pick from an empty collection", kind: .argument) }
        let picked = drawing(from: g) { rng in (0..<length).map { _ in chars[rng.index(below: chars.count)] } }
        return .string(String(picked))
    }

    fileprivate func seed(_ args: Arguments, at i: Int) throws -> JuliaXoshiro {
        let n = try args.integer(i, "seed")
        guard n >= 0 else {
            throw RuntimeError("DomainError with \(n):\n`n` must be non-negative.", kind: .argument)
        }
        return try JuliaXoshiro(seed: n)
    }
}

extension Library {
    mutating func registerRandomBuiltins() {
        define("rand", 0...9, help: "rand(m, n...) — uniform random numbers in [0, 1), Julia 1.10's stream; rand() is one; rand(Bool), rand(Int); rand(xs) picks one; rand(xs, m, n...) an array of picks; rand(rng, ...) draws from rng") { interp, args in
            let (g, rest) = interp.generator(args)
            return try interp.rand(g, rest)
        }
        define("randn", 0...9, help: "randn(m, n...) — normally distributed random numbers (mean 0, std 1), Julia 1.10's ziggurat; randn(rng, ...) draws from rng") { interp, args in
            let (g, rest) = interp.generator(args)
            var start = 0
            if rest.count > 0, let type = interp.typeName(rest[0]) {
                guard type == "Float64" else {
                    if type == "Float32" { throw RuntimeError(float32DrawRefusal, kind: .notSupported) }
                    throw RuntimeError("randn: normals of type \(type) are not available; randn(Float64, dims...) is", kind: .notSupported)
                }
                start = 1
            }
            if rest.count == start { return .float(interp.drawing(from: g) { $0.normal() }) }
            let shape = try interp.randomShape(rest, from: start)
            let values = interp.drawing(from: g) { $0.normals(count: shape.reduce(1, *)) }
            return .array(ArrayBox(try Tensor(shape: shape, scalars: values)))
        }
        define("rand!", 1...3, help: "rand!(A) — fill the Float64 (or Bool) array A with rand() draws in place; rand!(A, xs) with picks from xs; rand!(rng, A, ...)") { interp, args in
            let (g, rest) = interp.generator(args)
            let box = try interp.arrayArgument(rest, 0)
            let count = box.tensor.count
            if rest.count == 2 {
                let p = try interp.picker(rest[1], single: false)
                let items = try interp.drawing(from: g) { rng in try (0..<count).map { _ in try interp.pick(p, &rng) } }
                try interp.fill(box, with: try items.map { item in
                    guard let x = interp.scalarDouble(item) else { throw RuntimeError("rand!: cannot store \(describeType(item)) in a numeric array", kind: .argument) }
                    if box.elementType == .int64, case .float = item { throw RuntimeError("rand!: cannot store a Float64 pick in an Int64 array", kind: .argument) }
                    return x
                })
                return rest[0]
            }
            switch box.elementType {
            case .float64:
                let plain = interp.isPlainArray(box)
                let values = interp.drawing(from: g) { rng in plain ? rng.uniforms(count: count) : (0..<count).map { _ in rng.uniform() } }
                try interp.fill(box, with: values)
            case .bool:
                let plain = interp.isPlainArray(box) && box.wrapper != .bitArray
                guard plain else { throw RuntimeError("rand!: filling a BitArray or a view of Bools is not available; rand(Bool, dims...) makes a Bool array", kind: .notSupported) }
                let values = interp.drawing(from: g) { $0.bools(count: count) }
                try interp.fill(box, with: values.map { $0 ? 1 : 0 })
            case .int64:
                throw RuntimeError("rand!: an Int64 array would get full 64-bit integers, which arrays here cannot hold exactly; use rand!(A, a:b)", kind: .notSupported)
            case .float32:
                throw RuntimeError(float32DrawRefusal, kind: .notSupported)
            }
            return rest[0]
        }
        define("randn!", 1...2, help: "randn!(A) — fill the Float64 array A with normal draws in place; randn!(rng, A)") { interp, args in
            let (g, rest) = interp.generator(args)
            guard rest.count == 1 else { throw RuntimeError("randn!: expected randn!([rng], A)", kind: .argument) }
            let box = try interp.arrayArgument(rest, 0)
            guard box.elementType == .float64 else {
                throw RuntimeError("randn!: A must be a Float64 array, got \(describeType(rest[0]))", kind: .method)
            }
            let count = box.tensor.count
            let plain = interp.isPlainArray(box)
            let values = interp.drawing(from: g) { rng in plain ? rng.normals(count: count) : (0..<count).map { _ in rng.normal() } }
            try interp.fill(box, with: values)
            return rest[0]
        }
        define("srand", 1...1, help: "srand(n) — reseed the random numbers (Julia 1.10's stream, as Random.seed!(n)), so runs repeat exactly") { interp, args in
            interp.random = try interp.seed(args, at: 0)
            return .nothing
        }
        define("seed!", 1...2, help: "Random.seed!(n) — reseed the default random stream as Julia 1.10 does; returns TaskLocalRNG(); Random.seed!(rng, n) reseeds a Xoshiro") { interp, args in
            let (g, rest) = interp.generator(args)
            guard rest.count == 1 else { throw RuntimeError("seed!: expected Random.seed!([rng], n) with an integer n (reseeding from system entropy is not available: runs here repeat)", kind: .argument) }
            let state = try interp.seed(rest, at: 0)
            switch g {
            case .taskLocal:
                interp.random = state
                return .host(TaskLocalRNGObject.shared)
            case .object(let object):
                object.state = state
                return .host(object)
            }
        }
        define("Xoshiro", 1...1, help: "Xoshiro(seed) — a random generator of its own, seeded as Julia 1.10 seeds one; rand(rng, ...) draws from it") { interp, args in
            .host(XoshiroObject(try interp.seed(args, at: 0)))
        }
        define("default_rng", 0...0, help: "Random.default_rng() — the default generator, TaskLocalRNG()") { _, _ in
            .host(TaskLocalRNGObject.shared)
        }
        alias("TaskLocalRNG", to: "default_rng")
        define("randperm", 1...2, help: "randperm(n) — the numbers 1:n in a random order, as Julia 1.10 draws them; randperm(rng, n)") { interp, args in
            let (g, rest) = interp.generator(args)
            guard rest.count == 1 else { throw RuntimeError("randperm: expected randperm([rng], n)", kind: .argument) }
            let n = try rest.integer(0, "length")
            guard n >= 0 else { throw RuntimeError("randperm: the length must be ≥ 0, got \(n)", kind: .argument) }
            try interp.checkBudget(n)
            let order = interp.drawing(from: g) { $0.permutation(n) }
            return .array(ArrayBox(Tensor(vector: order.map(Double.init)), elementType: .int64))
        }
        define("shuffle", 1...2, help: "shuffle(v) — a copy of the array or list with its elements in a random order (Julia 1.10's); shuffle(rng, v)") { interp, args in
            let (g, rest) = interp.generator(args)
            guard rest.count == 1 else { throw RuntimeError("shuffle: expected shuffle([rng], v)", kind: .argument) }
            return try interp.shuffle(g, rest[0], inPlace: false)
        }
        define("shuffle!", 1...2, help: "shuffle!(v) — put the elements of v in a random order in place; shuffle!(rng, v)") { interp, args in
            let (g, rest) = interp.generator(args)
            guard rest.count == 1 else { throw RuntimeError("shuffle!: expected shuffle!([rng], v)", kind: .argument) }
            return try interp.shuffle(g, rest[0], inPlace: true)
        }
        define("randstring", 0...3, help: "randstring([chars], [n=8]) — a random string of n characters from chars (by default 0-9, A-Z, a-z)") { interp, args in
            let (g, rest) = interp.generator(args)
            return try interp.randomString(g, rest)
        }
        // `Random.seed!(n)`, `Random.shuffle(v)`, ...: the module's names, qualified.
        var members: [String: Value] = [:]
        for name in ["rand", "randn", "rand!", "randn!", "seed!", "Xoshiro", "default_rng", "TaskLocalRNG",
                     "randperm", "shuffle", "shuffle!", "randstring"] {
            members[name] = functions[name].map { .function($0) }
        }
        defineValue("Random", .host(ModuleObject(name: "Random", members: members)))
    }
}

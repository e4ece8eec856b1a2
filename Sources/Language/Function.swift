/// A function value: a name and its methods, as Julia's generic functions have.
///
/// A call picks a method by the count of positional arguments and the types written
/// on parameters (Dispatch.swift). A user function that reuses a builtin's name adds
/// its methods after the builtin's, and wins where both fit equally.
public final class FunctionValue {
    public let name: String
    var methods: [Method]
    /// Set when this function is a struct type, its methods the type's constructors
    /// (StructType.swift): it prints as the type, and a method defined under its name
    /// adds a constructor instead of shadowing it.
    var structType: StructType?
    /// Set when this is `outer ∘ inner`, Julia's `ComposedFunction`: it shows as
    /// `outer ∘ inner` (not as a generic function), has the fields `outer` and
    /// `inner`, and its type is named after theirs.
    var composition: (outer: FunctionValue, inner: FunctionValue)?
    /// Set when this is Julia's `Base.Fix2(f, x)`, what `==(x)`, `<(x)`, `in(c)` and
    /// `isequal(x)` return (PartialApplication.swift): `y -> f(y, x)` as a struct, which
    /// shows as one and has the fields `f` and `x`.
    var fixedSecond: (function: FunctionValue, argument: Value)?
    /// Set when this function is `(.op)`, Julia's `Base.Broadcast.BroadcastFunction(op)`
    /// (BroadcastFunction.swift): it shows as that, and its type is that struct's.
    var broadcastOperator: Operator?

    enum Method {
        /// A method the program wrote, with the scope it closes over and the folder
        /// `read` was confined to where it was defined: a function a course's cell
        /// defines keeps the course's confinement whoever calls it, since its body is
        /// the course's code (issue 12).
        case closure(FunctionDecl, Environment, confinedTo: String?)
        case builtin(Builtin)

        /// The folder this method's body may read in, whoever calls it (nil: wherever
        /// the caller may).
        var confinement: String? {
            switch self {
            case .closure(_, _, let folder): return folder
            case .builtin(let b): return b.confinement
            }
        }

        var arity: ClosedRange<Int> {
            switch self {
            case .closure(let decl, _, _): return decl.arity
            case .builtin(let b): return b.arity
            }
        }
    }

    init(name: String, methods: [Method]) {
        self.name = name
        self.methods = methods
    }

    /// How many methods Julia's function would have, as its REPL line counts them: a
    /// definition with k optional positional parameters is k + 1 methods (`f(x, y=1)`
    /// defines f(x) and f(x, y)), and one signature written again counts once.
    var juliaMethodCount: Int {
        var signatures = Set<String>()
        var builtins = 0
        for method in methods {
            guard case .closure(let decl, _, _) = method else { builtins += 1; continue }
            let types = method.writtenTypes.map { $0 ?? "Any" }
            let varargs = decl.parameters.last?.isVarargs == true
            let fixed = decl.parameters.count - (varargs ? 1 : 0)
            for count in decl.arity.lowerBound...fixed {
                let lastCount = count == fixed
                signatures.insert(types.prefix(count).joined(separator: ",") + (lastCount && varargs ? ",\(types.last!)..." : ""))
            }
        }
        return builtins + signatures.count
    }

    /// Whether Julia would name this function's type after an anonymous function's
    /// counters (`var"#1#2"`): it is one, or a composition with one inside.
    var isOrComposesAnonymous: Bool {
        if let (outer, inner) = composition { return outer.isOrComposesAnonymous || inner.isOrComposesAnonymous }
        return name.hasPrefix("#")
    }

    /// The method for `count` positional arguments; later definitions win.
    func method(forArgumentCount count: Int) -> Method? {
        methods.last { $0.arity.contains(count) }
    }

    /// Adds a method the program wrote; one with the same count and written types as
    /// an earlier one replaces it, as a redefinition does in Julia.
    func addMethod(_ method: Method) {
        guard case .closure(let decl, _, _) = method else {
            methods.append(method)
            return
        }
        methods.removeAll {
            if case .closure(let d, _, _) = $0 { return d.arity == decl.arity && $0.writtenTypes == method.writtenTypes }
            return false
        }
        methods.append(method)
    }

    /// Whether one of the methods is a closure over `scope` itself.
    func captures(_ scope: Environment) -> Bool {
        methods.contains { if case .closure(_, let env, _) = $0 { return env === scope } else { return false } }
    }

    /// Makes the methods that closed over `scope` close over `other` instead (see
    /// `Environment.breakCycles`).
    func redirect(from scope: Environment, to other: Environment) {
        methods = methods.map { method in
            if case .closure(let decl, let env, let folder) = method, env === scope { return .closure(decl, other, confinedTo: folder) }
            return method
        }
    }

    var isBuiltin: Bool {
        if structType != nil { return false }
        if case .builtin = methods.first { return methods.count == 1 }
        return false
    }
}

/// A function written in Swift: its name, help line, accepted argument counts and body.
struct Builtin {
    let name: String
    let help: String
    let arity: ClosedRange<Int>
    /// Whether it already applies elementwise to arrays (Knet's convention for `tanh`,
    /// `exp`, ...), so the dot call `f.(A)` can hand it the whole array.
    let elementwise: Bool
    /// Whether it is handed host objects that stand for arrays (a `Param`) as the
    /// objects themselves: `println`, `typeof`, `grad`, `params` and the like. Every
    /// other builtin gets the array (see `HostObject.numericValue`).
    var seesHostObjects = false
    /// For a function the program made at run time out of other functions (`f ∘ g`):
    /// the folder `read` was confined to when it was made, kept when it runs later.
    var confinement: String? = nil
    /// The keywords it takes, declared where it is defined: a call passing another is
    /// refused before the body runs, and the body may read only these.
    var keywords: Keywords = .named([])
    let body: Library.Body

    /// The keyword arguments a builtin takes.
    enum Keywords {
        /// These names and no others (none when empty).
        case named(Set<String>)
        /// Whatever it is given goes on to a function it calls (`f ∘ g`, a callable
        /// struct, the function `grad(f)` makes), which checks them itself.
        case forwarded

        /// The first keyword of `given` (in sorted order) this builtin does not take.
        func unknown(among given: KeywordArguments) -> String? {
            guard case .named(let names) = self else { return nil }
            return given.keys.filter { !names.contains($0) }.sorted().first
        }

        func takes(_ name: String) -> Bool {
            switch self {
            case .named(let names): return names.contains(name)
            case .forwarded: return true
            }
        }

        /// How the refusal of an unknown keyword lists what is taken.
        var listed: String {
            guard case .named(let names) = self, !names.isEmpty else { return "" }
            return " (it takes " + names.sorted().map { "`\($0)`" }.joined(separator: ", ") + ")"
        }
    }
}

/// The arguments of one builtin call, with helpers that check their types and say
/// clearly what was expected.
struct Arguments {
    let function: String
    var values: [Value]
    var keywords: KeywordArguments
    /// Whether this is the whole-array form of a dot call (`tanh.(A)` handed to an
    /// elementwise builtin at once) rather than a plain call `tanh(A)`.
    var isBroadcast = false
    /// The keywords the builtin declared (`Builtin.keywords`); a read of any other is
    /// a mistake in its definition, recorded in `undeclaredReads` for the call to report.
    var declared: Builtin.Keywords = .forwarded
    private(set) var undeclaredReads: [String] = []

    init(function: String, values: [Value], keywords: KeywordArguments, declared: Builtin.Keywords = .forwarded) {
        self.function = function
        self.values = values
        self.keywords = keywords
        self.declared = declared
    }

    var count: Int { values.count }

    subscript(i: Int) -> Value { values[i] }

    /// Removes and returns a keyword argument, so leftovers can be reported as unknown.
    mutating func keyword(_ name: String) -> Value? {
        if !declared.takes(name) { undeclaredReads.append(name) }
        return keywords.removeValue(forKey: name)
    }

    func integer(_ i: Int, _ what: String = "argument") throws -> Int {
        switch values[i] {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .float(let x) where x == x.rounded() && Swift.abs(x) < 9e15: return Int(x)
        case .float32: throw RuntimeError.float32ArgumentRefusal(function)
        default: throw RuntimeError("\(function): the \(what) must be an integer, got \(describeType(values[i]))", kind: .argument)
        }
    }

    func double(_ i: Int, _ what: String = "argument") throws -> Double {
        switch values[i] {
        case .int(let n): return Double(n)
        case .float(let x): return x
        case .bool(let b): return b ? 1 : 0
        case .tracked(let v) where v.value.count == 1: return v.value.scalars[0]
        // Julia has complex methods for most of the real functions; an error a `try`
        // could catch would send the program where Julia's never goes.
        case .complex: throw RuntimeError.complexArgumentRefusal(function)
        case .float32: throw RuntimeError.float32ArgumentRefusal(function)
        default: throw RuntimeError("\(function): the \(what) must be a number, got \(describeType(values[i]))", kind: .argument)
        }
    }

    func string(_ i: Int) throws -> String {
        switch values[i] {
        case .string(let s): return s
        case .symbol(let s): return s
        case .plot(let s): return s
        default: throw RuntimeError("\(function): expected a string, got \(describeType(values[i]))", kind: .method)
        }
    }

    func function(_ i: Int) throws -> FunctionValue {
        guard case .function(let f) = values[i] else {
            throw RuntimeError("\(function): expected a function, got \(describeType(values[i]))", kind: .method)
        }
        return f
    }

    func box(_ i: Int) throws -> ArrayBox {
        guard case .array(let b) = values[i] else {
            throw RuntimeError("\(function): expected an array, got \(describeType(values[i]))", kind: .method)
        }
        return b
    }

    /// Dimensions given as `f(2, 3)` or `f((2, 3))`, starting at argument `start`.
    func dimensions(from start: Int) throws -> [Int] {
        if values.count == start + 1, case .tuple(let items) = values[start] {
            return try items.map { item -> Int in
                guard case .int(let n) = item else { throw RuntimeError("\(function): dimensions must be integers", kind: .argument) }
                return n
            }
        }
        return try (start..<values.count).map { try integer($0, "dimension") }
    }
}

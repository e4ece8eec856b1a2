/// The builtin functions: each a name, the argument counts it takes, a one-line help
/// text, and a body that sees only the `Runtime` of the program calling it, never
/// the evaluator. The families register themselves in `Builtins+*.swift`.
///
/// The standard library is built once and shared by every interpreter; nothing
/// changes a builtin after registration (a program's function of the same name is a
/// new function value that holds the builtin's methods and its own).
struct Library {
    typealias Body = (any Runtime, inout Arguments) throws -> Value

    private(set) var functions: [String: FunctionValue] = [:]
    /// The same functions, found by interned name when a program names one.
    private(set) var functionsByName = NameMap<FunctionValue>()
    private(set) var helpTexts: [String: String] = [:]
    /// Names that stand for values rather than functions, such as the module `Iterators`.
    private(set) var values: [String: Value] = [:]

    nonisolated(unsafe) static let standard: Library = {
        var library = Library()
        library.registerBuiltins()
        return library
    }()

    /// Registers a builtin. `elementwise` marks functions that already apply to every
    /// element of an array (Knet's convention for `tanh`, `exp`, ...), so a dot call
    /// `f.(A)` may hand them the whole array. `keywords` are the keyword arguments it
    /// takes, and the only ones its body may read; a call with any other is refused
    /// before the body runs.
    mutating func define(
        _ name: String, _ arity: ClosedRange<Int>, elementwise: Bool = false, keywords: Builtin.Keywords = .named([]), help: String,
        _ body: @escaping Body
    ) {
        var builtin = Builtin(name: name, help: help, arity: arity, elementwise: elementwise, body: body)
        builtin.keywords = keywords
        let function = FunctionValue(name: name, methods: [.builtin(builtin)])
        functions[name] = function
        functionsByName.set(Name(name), function)
        helpTexts[name] = help
    }

    /// Registers a named value; a program may shadow it like any global.
    mutating func defineValue(_ name: String, _ value: Value) {
        values[name] = value
    }

    /// A second name for a builtin (`seed!` for `srand`).
    mutating func alias(_ name: String, to original: String) {
        guard let function = functions[original] else { return }
        functions[name] = function
        functionsByName.set(Name(name), function)
        helpTexts[name] = helpTexts[original].map { $0 + " (same as `\(original)`)" }
    }

    /// Replaces the body of the builtin `name` with the one `wrap` makes from the builtin
    /// as it was, keeping all else (arity, keywords, aliases, which share the function).
    mutating func redefine(_ name: String, _ wrap: (Builtin) -> Body) {
        guard let function = functions[name] else { return }
        function.methods = function.methods.map { method in
            guard case .builtin(let original) = method else { return method }
            var replaced = Builtin(name: original.name, help: original.help, arity: original.arity, elementwise: original.elementwise, body: wrap(original))
            replaced.keywords = original.keywords
            replaced.seesHostObjects = original.seesHostObjects
            replaced.confinement = original.confinement
            return .builtin(replaced)
        }
    }

    /// Lets the named builtins see host objects that stand for arrays as themselves.
    mutating func handHostObjectsAsThemselves(to names: [String]) {
        for name in names {
            guard let function = functions[name] else { continue }
            function.methods = function.methods.map { method in
                guard case .builtin(var builtin) = method else { return method }
                builtin.seesHostObjects = true
                return .builtin(builtin)
            }
        }
    }

    mutating func registerBuiltins() {
        registerCoreBuiltins()
        registerMathBuiltins()
        registerComplexBuiltins()
        registerArrayBuiltins()
        registerCollectionBuiltins()
        registerTypeTreeBuiltins()
        registerSetBuiltins()
        registerCartesianIndicesBuiltins()
        registerSortingBuiltins()
        registerFoldBuiltins()
        registerContainerBuiltins()
        registerStringBuiltins()
        registerNumberBuiltins()
        registerIndexBuiltins()
        registerIteratorBuiltins()
        registerGradientBuiltins()
        registerAutoGradBuiltins()
        registerKnetBuiltins()
        registerLinearAlgebraBuiltins()
        registerFactorizationBuiltins()
        registerModelBuiltins()
        registerStructBuiltins()
        registerPlotBuiltins()
        registerDataBuiltins()
        registerRandomBuiltins()
        registerBPTTBuiltins()
        registerLiveBuiltins()
        registerRationalBuiltins()
        registerFloat32Builtins()
        registerMinibatchBuiltins()
        registerIndexFunctionBuiltins()
        registerExceptionBuiltins()
        handHostObjectsAsThemselves(to: Param.builtinsSeeingTheParam)
    }
}

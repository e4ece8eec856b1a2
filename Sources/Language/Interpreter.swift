import Engine
import Foundation
import LinearAlgebra
import TermPlot

/// Runs cells of the notebook language against one workspace of global variables.
///
/// The front end makes one interpreter per session and calls `run(source:)` per cell;
/// variables and functions persist between cells. Evaluation walks the syntax tree
/// directly. Limits keep any input from taking the process down: call depth, an
/// element budget per allocation, integer overflow checks, and a cancellation check
/// in every loop iteration and call.
public final class Interpreter: Runtime {
    /// Bounds that make every program stop with an error rather than trap.
    public struct Limits: Sendable {
        /// Deepest chain of nested calls (recursion) allowed.
        public var maximumCallDepth: Int
        /// Largest number of elements one array, list or dictionary may hold, and of
        /// bytes one string may hold.
        public var elementBudget: Int
        /// Most resident memory, in bytes, the process may reach while a cell runs
        /// (checked every few thousand loop iterations and calls); half the machine's
        /// memory by default.
        public var memoryLimit: Int

        public init(maximumCallDepth: Int = 1000, elementBudget: Int = 50_000_000, memoryLimit: Int? = nil) {
            self.maximumCallDepth = maximumCallDepth
            self.elementBudget = elementBudget
            self.memoryLimit = memoryLimit ?? MemoryUse.defaultLimit
        }
    }

    /// The result of a cell: its last value, and whether a trailing `;` hides it.
    public struct CellResult {
        public var value: Value
        public var suppressed: Bool
    }

    @exclusivity(unchecked) public var limits: Limits
    /// Asked at every loop iteration and call; returning true stops the cell with an
    /// "interrupted" error and keeps the workspace (Ctrl-C in the REPL).
    @exclusivity(unchecked) public var isCancelled: () -> Bool
    /// Where `print` and `println` write.
    public var output: (String) -> Void
    /// Display size, plot defaults and where relative paths resolve.
    public var settings = RuntimeSettings()
    /// What draws live (views, progress bars) and where; see Builtins+Live.swift.
    public let live = LiveState()
    /// The `@diff` recording under way, if any (see Builtins+AutoGrad.swift).
    public var recording: ParameterRecording?
    /// Columns and rows the REPL display may use.
    public var displaySize: (width: Int, height: Int) {
        get { settings.displaySize }
        set { settings.displaySize = newValue }
    }
    /// Where `read` resolves relative paths (a lesson's folder); nil means the current directory.
    public var baseDirectory: String? {
        get { settings.baseDirectory }
        set { settings.baseDirectory = newValue }
    }
    /// The folder `read` is confined to, if any (see `RuntimeSettings.readableFolder`).
    public var readableFolder: String? {
        get { settings.readableFolder }
        set { settings.readableFolder = newValue }
    }
    /// The canvas and colour mode plots use.
    public var plotDefaults: PlotOptions {
        get { settings.plotOptions }
        set { settings.plotOptions = newValue }
    }

    /// See `Runtime.callIsBroadcast`.
    public var callIsBroadcast = false
    public var typeScope: Environment? { globals }

    /// Which globals are constants (GlobalBindings.swift).
    let bindings: GlobalBindings
    let globals: Environment
    /// The builtins, shared by every interpreter.
    let library = Library.standard
    /// The builtins again, found by interned name when a program names one.
    @exclusivity(unchecked) var builtinsByName = Library.standard.functionsByName
    // Read at every evaluation step. `@exclusivity(unchecked)` drops the run-time
    // exclusivity check on each access (a sixth of a scalar loop's time); the
    // interpreter never holds two overlapping accesses to these properties.
    @exclusivity(unchecked) var callDepth = 0
    /// Scopes whose closures had escaped when they finished (see `finish(_:)`), and how
    /// many there were after the last look at them.
    var scopesToRevisit: [ScopeToRevisit] = []
    var scopesAfterLastRevisit = 0
    /// Polls of `checkCancelled` since memory use was last read.
    @exclusivity(unchecked) var pollsSinceMemoryCheck = 0
    /// The address where the evaluation thread's stack began, for `stackInUse`.
    @exclusivity(unchecked) var stackBase: UInt = 0
    /// Anonymous functions are named `#1`, `#2`, ... as Julia numbers them.
    var anonymousCount = 0
    /// The extent of each dimension being indexed, innermost last, for `end`.
    @exclusivity(unchecked) var endValues: [Int] = []
    /// The errors the `catch` blocks now running handle, innermost last (`rethrow()`).
    var handledErrors: [RuntimeError] = []
    public var errorBeingHandled: RuntimeError? { handledErrors.last }
    /// Whether a tree of dotted operations runs as one fused broadcast (Interpreter+Broadcast.swift);
    /// off, each runs on its own, the reference the fusion tests compare against.
    @exclusivity(unchecked) public var fusesBroadcasts = true
    /// The functions `(.op)` made so far, one per operator (BroadcastFunction.swift).
    var broadcastFunctions: [Operator: FunctionValue] = [:]
    /// The fused pass runs on the engine once an operand (for `x .= ...`, the array written)
    /// has this many elements: below it, its fixed cost is more than the temporary arrays
    /// it saves (Interpreter+FusedKernel.swift).
    @exclusivity(unchecked) public var fusedBroadcastMinimum = 4096
    /// The random source behind `rand`, `randn` and the initialisers; `srand(n)` reseeds it.
    public var random = JuliaXoshiro(unsignedSeed: 0x5EED)

    deinit {
        // Functions defined at the top level closed over the global scope, which holds
        // them: empty it, or the whole workspace (every array in it) would outlive its
        // interpreter after :goto, :reset or a lesson's replay.
        var values = globals.values.entries.map(\.value)
        globals.values.removeAll()
        releaseNestedValues(&values)
    }

    public init(
        limits: Limits = Limits(), output: @escaping (String) -> Void = { print($0, terminator: "") },
        isCancelled: @escaping () -> Bool = { false }
    ) {
        self.limits = limits
        self.output = output
        self.isCancelled = isCancelled
        let bindings = GlobalBindings()
        // Signatures, fields and `::T` read a type's name without the notebook noting it.
        for name in Interpreter.builtinTypeNames { bindings.noteMentioned(name) }
        self.bindings = bindings
        self.globals = Environment(parent: nil, kind: .global, bindings: bindings)
    }

    // MARK: Running cells

    /// Runs one cell and returns the value of its last statement.
    /// - Throws: `SyntaxError` when the cell cannot be parsed, `RuntimeError` when it fails.
    @discardableResult
    public func run(source: String) throws -> Value {
        try runCell(source).value
    }

    /// Runs one cell and says whether its result should be shown.
    public func runCell(_ source: String) throws -> CellResult {
        // The linear algebra polls the same test as the evaluator (Ctrl-C in svdvals).
        return try onLargeStack { try Cancellation.stopping(when: { self.isCancelled() }) {
            // What the last cell let go of may have been the last hold on a closure.
            if !self.scopesToRevisit.isEmpty { self.revisitScopes() }
            let program = try Parser.parse(source)
            var last: Value = .nothing
            let lowering = OuterLoopCheck(globalExists: { self.globals.values[$0] != nil })
            for statement in program.statements {
                // The names it mentions count from the next statement on (GlobalBindings.Resolution).
                defer { self.noteMentions(in: statement) }
                do {
                    try lowering.check(statement)
                    try Interpreter.refuseTypedVariables(in: statement)
                    last = try self.evaluate(statement, self.globals)
                } catch let signal as ControlSignal {
                    switch signal {
                    case .returnValue(let v): return CellResult(value: v, suppressed: program.suppressesResult)
                    case .breakLoop: throw RuntimeError("`break` outside a loop", at: statement.position)
                    case .continueLoop: throw RuntimeError("`continue` outside a loop", at: statement.position)
                    }
                }
            }
            if !self.scopesToRevisit.isEmpty { self.revisitScopes() }
            // The REPL shows the result; one Julia would print differently is refused here.
            if !program.suppressesResult {
                // A factorisation's REPL view is its own (text/plain) form, not its one-line form.
                if case .host(is any FactorizationObject) = last {} else { try self.checkPrintable([last]) }
                try self.checkDisplayable(last)
            }
            return CellResult(value: last, suppressed: program.suppressesResult)
        } }
    }

    // MARK: Cycles between scopes and closures

    /// Called when a scope's code is done (a function returned, a loop iteration
    /// ended): frees it if only its own closures hold it (`Environment.breakCycles`),
    /// and otherwise remembers it, to try again once what held its closures has let go.
    func finish(_ scope: inout Environment) {
        guard !Environment.breakCycles(ofFinished: &scope) else { return }
        scopesToRevisit.append(ScopeToRevisit(scope: scope))
        // Looking again costs a pass over the list; doing it when the list has doubled
        // keeps that to a constant per scope.
        if scopesToRevisit.count > 2 * scopesAfterLastRevisit + 64 { revisitScopes() }
    }

    /// Tries again every remembered scope; keeps those still held from outside.
    func revisitScopes() {
        scopesToRevisit = scopesToRevisit.filter { entry in
            guard var scope = entry.scope else { return false }
            return !Environment.breakCycles(ofFinished: &scope)
        }
        scopesAfterLastRevisit = scopesToRevisit.count
    }

    /// The help line for a builtin, shown by `?name` in the REPL.
    public func help(for name: String) -> String? {
        library.helpTexts[name]
    }

    /// Every builtin's name and help line, sorted by name.
    public var helpTable: [(name: String, help: String)] {
        library.helpTexts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Names visible at the top level (globals and builtins), for Tab completion.
    public var visibleNames: [String] {
        Array(Set(globals.values.entries.map(\.name.text)).union(library.functions.keys).union(constants.entries.map(\.name.text))).sorted()
    }

    /// A global variable's value, for the front end and tests.
    public func global(_ name: String) -> Value? { globals.values[Name(name)] }

    /// Evaluation recurses with the program's nesting, so it runs on a thread whose stack
    /// comfortably holds the deepest nesting the parser and call-depth limit allow.
    private func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
        try Language.onLargeStack { [self] in
            stackBase = currentStackAddress()
            return try body()
        }
    }

    // MARK: Limits

    /// The evaluation thread's stack (see `onLargeStack`).
    static let stackSize = largeStackSize
    /// Calls stop with an error once this much stack is in use, whatever the call-depth
    /// limit says: a recursion whose every level is deeply nested uses far more stack
    /// per call than a simple one.
    static let stackReserve = stackSize / 4 * 3

    /// How many bytes of the evaluation thread's stack are in use (0 off that thread).
    func stackInUse() -> Int {
        guard stackBase != 0 else { return 0 }
        let here = currentStackAddress()
        return here < stackBase ? Int(stackBase - here) : 0
    }

    public func checkCancelled() throws {
        if isCancelled() { throw RuntimeError.interrupted() }
        pollsSinceMemoryCheck &+= 1
        if pollsSinceMemoryCheck >= Interpreter.pollsPerMemoryCheck {
            pollsSinceMemoryCheck = 0
            try checkMemory()
        }
    }

    /// Reading the process's memory costs a system call (about 75 µs on a loaded
    /// machine), so it is done once per this many polls: under 1% of a tight loop's time,
    /// and a loop that allocates 200 bytes an iteration grows by 13 MB between checks.
    static let pollsPerMemoryCheck = 1 << 16

    func checkMemory() throws {
        guard let used = MemoryUse.residentBytes(), used > limits.memoryLimit else { return }
        guard let trimmed = MemoryUse.residentBytesAfterTrimming(), trimmed > limits.memoryLimit else { return }
        throw RuntimeError(
            "stopped: RNNLab is using \(memoryText(trimmed)) of memory, over its limit of \(memoryText(limits.memoryLimit)); "
                + "free what you no longer need (x = nothing) or work with less data", kind: .limit)
    }

    public func write(_ text: String) { output(text) }

    public var elementBudget: Int { limits.elementBudget }

    // MARK: Evaluation

    /// Evaluates one node; errors from below that lack a position get this node's.
    func evaluate(_ expr: Expr, _ env: Environment) throws -> Value {
        do {
            return try evaluateKind(expr, env)
        } catch var error as RuntimeError {
            if error.position == nil { error.position = expr.position }
            throw error
        } catch let signal as ControlSignal {
            throw signal
        } catch {
            // Engine and linear-algebra errors describe themselves; add where it happened.
            throw RuntimeError(wrapping: error, at: expr.position)
        }
    }

    private func evaluateKind(_ expr: Expr, _ env: Environment) throws -> Value {
        switch expr.kind {
        case .integer(let n): return .int(n)
        case .float(let x): return .float(x)
        case .float32(let x): return .float32(x)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .char(let c): return .char(c)
        case .symbol(let s): return .symbol(s)
        case .interpolation(let parts): return try interpolate(parts, env)
        case .identifier(let name): return try lookup(name, env)
        case .endIndex:
            guard let last = endValues.last else { throw RuntimeError("`end` is only meaningful inside an index like v[end]", kind: .argument) }
            return .int(last)
        case .colonAll: throw RuntimeError("`:` alone is only meaningful inside an index like A[:, 1]", kind: .argument)
        case .tuple(let items): return .tuple(TupleItems(try evaluateItems(items, env)))
        case .namedTuple(let fields):
            return .namedTuple(names: fields.map(\.0), values: TupleItems(try fields.map { try evaluate($0.1, env) }))
        case .vector(let items): return try makeVector(try evaluateItems(items, env))
        case .concatenation(let dimension, let parts): return try concatenate(try evaluateItems(parts, env), along: dimension)
        case .typedVector(let type, let items): return try makeTypedVector(type, try evaluateItems(items, env))
        case .typedComprehension(let type, let inner):
            guard case .comprehension(let body, let clauses, let condition, _) = inner.kind else { return .nothing }
            return try typedComprehension(type, body, clauses, condition, env)
        case .comprehension(let body, let clauses, let condition, let isGenerator):
            if isGenerator { return try makeGenerator(body, clauses, condition, env) }
            return try comprehension(body, clauses, condition, env)
        case .unary(_, true, _), .binary(_, true, _, _), .call(_, _, true):
            return try evaluateBroadcast(expr, env).asBroadcastResult
        case .unary(let op, let dotted, let operand): return try unaryOperation(op, try evaluate(operand, env), dotted: dotted)
        case .binary(let op, let dotted, let lhs, let rhs): return try binary(op, dotted, lhs, rhs, env)
        case .operatorFunction(let op): return try operatorFunction(op)
        case .broadcastFunction(let op): return try broadcastFunction(op)
        case .comparison(let operands, let operators): return try comparison(operands, operators, env)
        case .and(let lhs, let rhs):
            return try condition(lhs, env, "&&") ? try evaluate(rhs, env) : .bool(false)
        case .or(let lhs, let rhs):
            return try condition(lhs, env, "||") ? .bool(true) : try evaluate(rhs, env)
        case .ternary(let c, let a, let b):
            return try condition(c, env, "? :") ? try evaluate(a, env) : try evaluate(b, env)
        case .range(let start, let step, let stop): return try range(start, step, stop, env)
        case .transpose(let operand): return try transpose(try evaluate(operand, env))
        case .call(let callee, let arguments, let broadcast):
            return try evaluateCall(callee, arguments, broadcast: broadcast, at: expr.position, env)
        case .index(let base, let indices): return try evaluateIndex(base, indices, env)
        case .field(let base, let name): return try field(try evaluate(base, env), name)
        case .splat: throw RuntimeError("`...` (splat) is only meaningful in a call or a collection", kind: .argument)
        case .typed(let inner, let type): return try typeAssertion(try evaluate(inner, env), type, at: expr.position, in: env)
        case .function(let decl): return try defineStructMethod(decl, env) ?? defineFunction(decl, env)
        case .genericFunction(let name):
            do {
                return try defineFunction(name, adding: nil, env)
            } catch var error as RuntimeError {
                error.position = expr.position
                throw error
            }
        case .functorMethod(let decl): return try defineFunctorMethod(decl, env)
        case .structDefinition(let decl): return try defineStruct(decl, env)
        case .abstractTypeDefinition(let name, let supertype): return try defineAbstractType(name, supertype, env, at: expr.position)
        case .lambda(let decl):
            anonymousCount += 1
            return .function(FunctionValue(name: "#\(anonymousCount)", methods: [.closure(decl, env, confinedTo: settings.confinement)]))
        case .assign(let target, let valueExpr):
            let value = try evaluate(valueExpr, env)
            try assign(value, to: target, env)
            return value
        case .updateAssign(let op, let dotted, let target, let value): return try updateAssign(op, dotted, target, value, env)
        case .block(let statements):
            var last: Value = .nothing
            for statement in statements { last = try evaluate(statement, env) }
            return last
        case .ifElse(let branches, let otherwise):
            for branch in branches where try condition(branch.condition, env, "if") {
                return try evaluate(branch.body, env)
            }
            return try otherwise.map { try evaluate($0, env) } ?? .nothing
        case .whileLoop(let c, let body): return try whileLoop(c, body, env)
        case .forLoop(let clauses, let body): return try forLoop(clauses, body, env)
        case .macroCall(let macro, let arguments): return try macroCall(macro, arguments, env)
        case .letBlock(let bindings, let body): return try letBlock(bindings, body, env)
        case .tryCatch(let body, let name, let handler, let otherwise, let cleanup):
            return try tryCatch(body, name, handler, otherwise, cleanup, env)
        case .breakLoop: throw ControlSignal.breakLoop
        case .continueLoop: throw ControlSignal.continueLoop
        case .returnValue(let value): throw ControlSignal.returnValue(try value.map { try evaluate($0, env) } ?? .nothing)
        case .declaration(let scope, let items): return try declare(scope, items, env)
        case .using(let modules, let names, let imports):
            // What the notebook has loaded already; another package's names would be
            // undefined here where Julia has them.
            if let other = modules.first(where: { !loadedModuleNames.contains($0) }) {
                throw RuntimeError("the package or module `\(other)` is not supported (the notebook has \(loadedModuleNames.sorted().joined(separator: ", ")))", kind: .notSupported, at: expr.position)
            }
            try bindNames(names, imports: imports, at: expr.position)
            return .nothing
        case .curlyType(let name):
            if let function = Library.standard.functions[name], function.juliaType == name { return .function(function) }
            return .type(TypeValue(name, isConcrete: false))
        }
    }

    /// The builtins that are types (`Float64`, `Dict`, `ErrorException`).
    static let builtinTypeNames: [Name] = {
        var names = Library.standard.functionsByName.entries.filter { $0.value.juliaType != nil || $0.value.structType != nil }.map(\.name)
        names += (exceptionTypeNames + ["Exception"]).map(Name.init)
        names += Library.standard.values.compactMap { entry in
            if case .type = entry.value { return Name(entry.key) } else { return nil }
        }
        return names
    }()

    /// Names that are values rather than functions; a program may shadow them.
    let constants: NameMap<Value> = {
        var map = NameMap<Value>()
        let values: [(String, Value)] = [
            ("nothing", .nothing), ("Inf", .float(.infinity)), ("NaN", .float(.nan)), ("pi", .host(IrrationalConstant.pi)),
            ("π", .host(IrrationalConstant.pi)), ("ℯ", .host(IrrationalConstant.e)), ("im", .complex(re: 0, im: 1, parts: .bool)),
        ]
        for (name, value) in values { map.set(Name(name), value) }
        for name in exceptionTypeNames { map.set(Name(name), .type(TypeValue(name, isConcrete: true))) }
        map.set(Name("Exception"), .type(TypeValue("Exception", isConcrete: false)))
        for (name, value) in Library.standard.values { map.set(Name(name), value) }
        return map
    }()

    func lookup(_ name: Name, _ env: Environment) throws -> Value {
        if let v = env.lookup(name) {
            if v.isUnassignedLocal { throw RuntimeError("undefined variable `\(name.text)`", kind: .undefinedVariable) }
            return v
        }
        if let f = builtinsByName[name] {
            bindings.noteRead(name)
            return .function(f)
        }
        if let constant = constants[name] {
            bindings.noteRead(name)
            return constant
        }
        if let refusal = RuntimeError.unsupportedName(name.text) { throw refusal }
        throw RuntimeError("undefined variable `\(name.text)`", kind: .undefinedVariable)
    }

    func evaluateItems(_ items: [Expr], _ env: Environment) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items {
            if case .splat(let inner) = item.kind {
                values.append(contentsOf: try collectElements(try evaluate(inner, env)))
            } else {
                values.append(try evaluate(item, env))
            }
        }
        return values
    }

    private func interpolate(_ parts: [Expr], _ env: Environment) throws -> Value {
        var text = ""
        for part in parts {
            if case .string(let s) = part.kind {
                text += s
            } else {
                let value = try evaluate(part, env)
                try checkPrintable([value])
                text += printString(value)
                // A long `show` gives up part-way on Ctrl-C; its text must not be used.
                try checkCancelled()
            }
            try checkTextBudget(text.utf8.count)
        }
        return .string(text)
    }

    /// Evaluates a condition, which must be a `Bool` as in Julia.
    func condition(_ expr: Expr, _ env: Environment, _ construct: String) throws -> Bool {
        let value = try evaluate(expr, env)
        guard case .bool(let b) = value else {
            throw RuntimeError("the condition of `\(construct)` must be true or false, got \(describeType(value))", kind: .type, at: expr.position)
        }
        return b
    }

    private func binary(_ op: Operator, _ dotted: Bool, _ lhs: Expr, _ rhs: Expr, _ env: Environment) throws -> Value {
        let a = try evaluate(lhs, env)
        // A literal integer exponent is Julia's `literal_pow`: `2^-2` is `inv(2)^2`, 0.25.
        if op == .power, case .integer(let k) = rhs.kind { return try literalPower(a, k, dotted: dotted, at: rhs.position) }
        let b = try evaluate(rhs, env)
        return try applyOperator(op, a, b, dotted: dotted, at: rhs.position)
    }

    /// The function an operator names: `+` in `reduce(+, xs)`, `f = *`, `+(1, 2, 3)`.
    private func operatorFunction(_ op: Operator) throws -> Value {
        guard let function = library.functions[op.spelling] else {
            throw RuntimeError("`\(op.spelling)` cannot be used as a function value", kind: .method)
        }
        return .function(function)
    }

    private func comparison(_ operands: [Expr], _ operators: [Operator], _ env: Environment) throws -> Value {
        // Julia's lowering (compare-one in julia-syntax.scm) stores a middle operand that
        // is not a name or a literal before it evaluates the comparison's left side, so
        // `f(1) < f(2) < f(3)` calls f(2), then f(1), then f(3).
        var left = Value.nothing
        for (k, op) in operators.enumerated() {
            let rightExpr = operands[k + 1]
            let storedFirst = k + 1 < operands.count - 1 && !rightExpr.isNameOrLiteral
            var right = storedFirst ? try evaluate(rightExpr, env) : .nothing
            if k == 0 { left = try evaluate(operands[0], env) }
            if !storedFirst { right = try evaluate(rightExpr, env) }
            let result = try applyOperator(op, left, right, dotted: false, at: operands[k + 1].position)
            guard case .bool(let holds) = result else {
                throw RuntimeError("`\(op.spelling)` compares numbers; for arrays use `.\(op.spelling)` (elementwise) or `==`", kind: .method)
            }
            if !holds { return .bool(false) }
            left = right
        }
        return .bool(true)
    }

    private func range(_ startExpr: Expr, _ stepExpr: Expr?, _ stopExpr: Expr, _ env: Environment) throws -> Value {
        // A number that is a host object (π) takes part as its value.
        func number(_ v: Value) throws -> Value { try numericHostValue(v) ?? v }
        let start = try number(evaluate(startExpr, env))
        let step = try stepExpr.map { try number(evaluate($0, env)) } ?? .int(1)
        let stop = try number(evaluate(stopExpr, env))
        switch (start, step, stop) {
        // `a:b` is a UnitRange; `a:s:b` a StepRange, even for s = 1 (base/range.jl).
        case (.int(let a), .int(let s), .int(let b)): return .range(stepExpr == nil ? RangeValue.units(a, b) : try RangeValue.ints(a, s, b))
        default:
            guard let a = scalarDouble(start), let s = scalarDouble(step), let b = scalarDouble(stop) else {
                if case .host(is CartesianIndex) = start, case .host(is CartesianIndex) = stop {
                    throw RuntimeError("I:J of CartesianIndex values (Julia's CartesianIndices) is not supported; CartesianIndices of ranges is", kind: .notSupported)
                }
                if case .char = start, case .char = stop {
                    throw RuntimeError("ranges of characters (`'a':'e'`) are not supported yet; write a vector of them ['a', 'b', 'c']", kind: .notSupported)
                }
                if [start, step, stop].contains(where: \.isFloat32) {
                    // Julia's is a StepRangeLen{Float32} whose elements are computed in Float64.
                    throw RuntimeError("ranges of Float32 (`1f0:3f0`) are not supported yet; write Float64 bounds", kind: .notSupported)
                }
                throw RuntimeError("a range needs numbers, got \(describeType(start)):\(describeType(stop))", kind: .argument)
            }
            return .range(try RangeValue.floats(a, s, b))
        }
    }

    private func field(_ value: Value, _ name: String) throws -> Value {
        switch value {
        case .namedTuple(let names, let values):
            if let i = names.firstIndex(of: name) { return values[i] }
        case .complex:
            let (re, im) = value.complexParts!
            if name == "re" { return re }
            if name == "im" { return im }
        case .pair(let p):
            if name == "first" { return p.key }
            if name == "second" { return p.value }
        case .host(let instance as StructInstance):
            guard let property = instance.property(name) else {
                throw RuntimeError("type \(instance.type.name) has no field \(name)", kind: .error)
            }
            return property
        case .function(let f) where f.composition != nil:
            if name == "outer" { return .function(f.composition!.outer) }
            if name == "inner" { return .function(f.composition!.inner) }
        case .function(let f) where f.fixedSecond != nil:
            if name == "f" { return .function(f.fixedSecond!.function) }
            if name == "x" { return f.fixedSecond!.argument }
        case .host(let module as ModuleObject):
            if let member = module.property(name) { return member }
            // Julia's module may well have it (Iterators.peel, Random.shuffle!).
            throw RuntimeError("`\(module.name).\(name)` is not supported (the notebook's \(module.name) has \(module.propertyNames.map { "`\($0)`" }.joined(separator: ", ")))", kind: .notSupported)
        case .host(let factorization as any FactorizationObject):
            // Some parts are refused rather than given with other signs than Julia's.
            if let property = try factorization.field(name) { return property }
        case .host(let object):
            if let property = object.property(name) { return property }
        default: break
        }
        throw RuntimeError("\(describeType(value)) has no field `\(name)`")
    }

    // MARK: Functions

    private func defineFunction(_ decl: FunctionDecl, _ env: Environment) throws -> Value {
        let method = FunctionValue.Method.closure(decl, env, confinedTo: settings.confinement)
        return try defineFunction(decl.symbol ?? Name("#anonymous"), adding: method, module: decl.module, env)
    }

    /// Adds `method` to the function `symbol` names in `env`'s scope (or makes one
    /// there); without a method (`function f end`) makes a function with none, or gives
    /// back the one already there. With a `module` (`Base.f(x) = ...`) the method goes
    /// to the builtin instead.
    func defineFunction(_ symbol: Name, adding method: FunctionValue.Method?, module: String? = nil, _ env: Environment) throws -> Value {
        if let module { return try extendBuiltin(symbol, adding: method, writtenAs: "\(module).\(symbol.text)") }
        // `let; global f; f(x) = ...; end` defines the global f, closing over the let's scope.
        let env = env.kind != .global && env.declaresGlobal(symbol) ? globals : env
        let name = symbol.text
        // A second definition with the same name in the same kind of scope adds a method
        // (or replaces the one with the same arity), as in Julia. Inside a function only
        // local functions are extended; a global of the same name is shadowed instead.
        let visible = env.kind == .global ? env.values[symbol] : env.lookupLocal(symbol)
        if case .function(let existing)? = visible, !existing.isBuiltin,
           env.kind != .global || bindings.constness(of: symbol) == .definition {
            // The same signature (count and written types) replaces; another adds a method.
            if let method { existing.addMethod(method) }
            return .function(existing)
        }
        if env.kind == .global {
            // A global that holds a value some assignment gave it cannot become a function.
            if let visible { try bindings.checkMethodDefinition(of: symbol, holding: visible) }
            if builtinsByName[symbol] != nil || constants[symbol] != nil,
               try bindings.methodTarget(for: symbol, isType: builtinIsType(symbol)) == .builtin {
                return try extendBuiltin(symbol, adding: method, writtenAs: name)
            }
        }
        // Main's own function, or a local one: only the methods written for it, as a
        // function Julia makes under a name that was not yet Base's.
        let function = FunctionValue(name: name, methods: method.map { [$0] } ?? [])
        if env.kind != .global && visible != nil {
            try env.assign(symbol, .function(function))
        } else {
            env.define(symbol, .function(function))
            if env.kind == .global { bindings.markConstant(symbol, .definition) }
        }
        return .function(function)
    }

    /// A method added to a builtin, as Julia adds one to Base's function: every read of
    /// the name that reaches the builtin sees it (a function of Main's own under the
    /// same name does not). The first one replaces the shared builtin, for this
    /// workspace only, by a copy that has the builtin's methods and then the program's.
    private func extendBuiltin(_ symbol: Name, adding method: FunctionValue.Method?, writtenAs written: String) throws -> Value {
        guard let builtin = builtinsByName[symbol], !written.hasPrefix("Base.") || juliaModule(of: symbol.text) != nil else {
            throw RuntimeError(
                "defining a method of `\(written)`, which is not a function of that module the notebook has, is not supported", kind: .notSupported)
        }
        guard let method else { return .function(builtin) }
        if builtin !== Library.standard.functionsByName[symbol] {
            builtin.addMethod(method)
            return .function(builtin)
        }
        let extended = FunctionValue(name: builtin.name, methods: builtin.methods)
        extended.addMethod(method)
        builtinsByName.set(symbol, extended)
        return .function(extended)
    }

    /// Whether the builtin `name` is a type (`Float64`, `Dict`, `ErrorException`), whose
    /// constructors a program may add to without importing it.
    func builtinIsType(_ name: Name) -> Bool {
        if let f = builtinsByName[name] { return f.juliaType != nil || f.structType != nil }
        if case .type? = constants[name] { return true }
        return false
    }

    /// `import Base: f, g` and `using Base: f`: each name becomes the module's binding in Main.
    private func bindNames(_ names: [String], imports: Bool, at position: SourcePosition) throws {
        for text in names {
            let name = Name(text)
            guard builtinsByName[name] != nil || constants[name] != nil else {
                throw RuntimeError("importing `\(text)`, which the notebook does not have, is not supported", kind: .notSupported, at: position)
            }
            if globals.values[name] != nil {
                // Julia warns that the import conflicts with an existing identifier and ignores it.
                throw RuntimeError(
                    "importing `\(text)` when Main has a \(text) of its own is not supported (Julia warns and ignores the import)", kind: .notSupported, at: position)
            }
            bindings.noteImported(name, explicitly: imports)
        }
    }

    /// Notes the builtins a statement names, once it has run (GlobalBindings.Resolution).
    private func noteMentions(in statement: Expr) {
        if case .identifier(let name) = statement.kind {
            if bindings.resolution(of: name) == .unresolved, builtinsByName[name] != nil || constants[name] != nil {
                bindings.noteMentioned(name)
            }
            return
        }
        for child in statement.children { noteMentions(in: child) }
    }
}

/// An address inside the caller's stack frame (stacks grow down on every platform we run on).
@inline(never)
func currentStackAddress() -> UInt {
    var marker = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
}

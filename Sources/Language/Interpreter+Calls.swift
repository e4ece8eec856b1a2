import Engine
import LinearAlgebra

/// Calling functions: argument evaluation, method choice by arity, binding parameters
/// (defaults, varargs, keywords), the call-depth limit, the call stack in errors, and
/// the dot call `f.(x)`.
extension Interpreter {
    func evaluateCall(
        _ calleeExpr: Expr, _ argumentExprs: [Argument], broadcast: Bool, at position: SourcePosition,
        _ env: Environment
    ) throws -> Value {
        let callee = try evaluate(calleeExpr, env)
        if case .type(let type) = callee, type.name.hasPrefix("Dict{"), !broadcast,
           argumentExprs.allSatisfy({ $0.name == nil && !$0.afterSemicolon && !isSplat($0.value) }) {
            let entries = try argumentExprs.map { try evaluate($0.value, env) }
            if let dictionary = try typedDictionary(type, entries) { return dictionary }
        }
        if case .type(let type) = callee, let element = typeParameters(of: type.name, head: "Set"), element.count == 1, !broadcast,
           argumentExprs.count <= 1, argumentExprs.allSatisfy({ $0.name == nil && !$0.afterSemicolon && !isSplat($0.value) }) {
            // `Set{T}()` and `Set{T}(itr)`: a Set of the written element type.
            let source = try argumentExprs.first.map { try evaluate($0.value, env) }
            return .host(try makeSet(element[0], from: source))
        }
        // Before the arguments, so `Vector{Float64}(undef, n)` names the type, not `undef`.
        if case .type(let type) = callee, !isExceptionConstructor(type), structTypeApplication(type.name, in: globals) == nil,
           ArrayTypeApplication(type) == nil {
            throw typeCallRefusal(type, at: position)
        }
        var positional: [Value] = []
        positional.reserveCapacity(argumentExprs.count)
        var keywords: KeywordArguments = [:]
        for argument in argumentExprs {
            if let name = argument.name {
                keywords[name] = try evaluate(argument.value, env)
            } else if argument.afterSemicolon {
                try spreadKeywords(argument.value, into: &keywords, env)
            } else if case .splat(let inner) = argument.value.kind {
                positional.append(contentsOf: try collectElements(try evaluate(inner, env)))
            } else {
                positional.append(try evaluate(argument.value, env))
            }
        }
        if broadcast { return try broadcastCall(callee, positional, keywords, at: position) }
        var name: String?
        if case .identifier(let identifier) = calleeExpr.kind { name = identifier.text }
        return try call(callee, positional, keywords, at: position, calledAs: name)
    }


    /// `; opts...` (a named tuple, a method's `kw`, a dictionary or a collection of
    /// pairs with Symbol keys) and `; :a => 1`: each pair a keyword, in order, a later
    /// one of a name replacing the value of the earlier.
    private func spreadKeywords(_ expr: Expr, into keywords: inout KeywordArguments, _ env: Environment) throws {
        func add(_ pair: Value) throws {
            guard case .pair(let p) = pair, case .symbol(let name) = p.key else {
                throw RuntimeError("keywords given by a value other than Symbol => value pairs (here \(describeType(pair))) are not supported", kind: .notSupported, at: expr.position)
            }
            keywords[name] = p.value
        }
        guard case .splat(let inner) = expr.kind else { return try add(try evaluate(expr, env)) }
        let spread = try evaluate(inner, env)
        if case .namedTuple(let names, let values) = spread {
            for (name, value) in zip(names, values.values) { keywords[name] = value }
            return
        }
        try forEachElement(of: spread) { pair in
            try add(pair)
            return true
        }
    }

    private func isSplat(_ expr: Expr) -> Bool {
        if case .splat = expr.kind { return true }
        return false
    }

    private func typeCallRefusal(_ type: TypeValue, at position: SourcePosition) -> RuntimeError {
        RuntimeError("calling the type \(type.name) is not supported; build values with zeros, fill, collect or a literal", kind: .notSupported, at: position)
    }

    /// Calls any callable value with evaluated arguments.
    public func call(_ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition) throws -> Value {
        try call(callee, arguments, keywords, at: position, calledAs: nil)
    }

    /// `call`, with the name the program wrote (an alias such as `seed!`, or `I`) for
    /// errors to name.
    func call(
        _ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition,
        calledAs: String?
    ) throws -> Value {
        if case .type(let type) = callee {
            // `Pt{Float64}(1, 2.5)`: a parametric struct with its parameters written out.
            if let exception = try makeException(type, arguments) { return exception }
            if let array = try callArrayType(type, arguments, keywords, at: position) { return array }
            guard let (structType, parameters) = structTypeApplication(type.name, in: globals) else { throw typeCallRefusal(type, at: position) }
            guard keywords.isEmpty else {
                throw RuntimeError("MethodError: \(type.name) takes no keyword arguments", kind: .method, at: position)
            }
            return try constructStruct(structType, arguments, calledAs: type.name, parameters: parameters)
        }
        if case .host(let instance as StructInstance) = callee {
            // A callable struct, `model(x)`: the methods written as `(m::Model)(x) = ...`.
            guard let function = instance.type.callFunction else {
                throw RuntimeError("MethodError: objects of type \(instance.juliaTypeName) are not callable", kind: .method, at: position)
            }
            guard function.methods.contains(where: { $0.arity.contains(arguments.count + 1) }) else {
                // Named as Julia names it, without the object among the arguments counted.
                let types = arguments.map { "::" + typeName($0) }.joined(separator: ", ")
                throw RuntimeError("MethodError: no method matching (::\(instance.juliaTypeName))(\(types))", kind: .method, at: position)
            }
            return try call(.function(function), [callee] + arguments, keywords, at: position, calledAs: calledAs)
        }
        if let scaling = callee.uniformScaling {
            let t = typeName(scaling.lambda)
            throw RuntimeError("I(n) (J(n) of a UniformScaling), Julia's Diagonal{\(t), Vector{\(t)}}, is not supported: the notebook has no Diagonal matrices, which print with ⋅ off the diagonal; eye(n) is the dense identity", kind: .notSupported, at: position)
        }
        guard case .function(let function) = callee else {
            throw RuntimeError("cannot call \(describeType(callee)); it is not a function", kind: .method, at: position)
        }
        if let mode = arguments.lazy.compactMap(\.roundingMode).first, !roundingModeBuiltins.contains(function.name),
           function.methods.contains(where: { if case .builtin = $0 { return true } else { return false } }) {
            var refusal = RuntimeError.roundingModeRefusal(function.name, mode)
            refusal.position = position
            throw refusal
        }
        guard let (method, typeVariables) = try function.methodAndTypeVariables(for: arguments, at: position) else {
            if function.methods.isEmpty {
                // `function f end` made it: Julia's MethodError, keywords after a `;`.
                let types = arguments.map { "::" + typeName($0) }.joined(separator: ", ")
                let named = keywords.map { "\($0.key)::\(typeName($0.value))" }.joined(separator: ", ")
                throw RuntimeError(
                    "MethodError: no method matching \(function.name)(\(types)\(named.isEmpty ? "" : "; " + named))", kind: .method, at: position)
            }
            let counts = function.methods.map { describeArity($0.arity) }.joined(separator: " or ")
            // A builtin stands for Julia's function, whose methods may well take this
            // many arguments (lastindex(A, d), append!(v, a, b)): a refusal, which no
            // `try` catches, rather than a MethodError Julia might not raise.
            let isJuliasFunction = function.methods.contains { if case .builtin = $0 { return true } else { return false } }
            throw RuntimeError(
                "\(function.name) takes \(counts) argument\(counts == "1" ? "" : "s"), but was given \(arguments.count)"
                    + (isJuliasFunction ? " (other methods of Julia's \(function.name) are not supported)" : ""),
                kind: isJuliasFunction ? .notSupported : .method, at: position)
        }
        // A method a course's code made runs confined to the course's folder, whoever
        // calls it; a call never lifts the confinement of the code it runs in.
        let confines = settings.readableFolder == nil && method.confinement != nil
        if confines { settings.readableFolder = method.confinement }
        defer { if confines { settings.readableFolder = nil } }
        switch method {
        case .builtin(let builtin):
            // Errors name the function the learner called, not an alias's original or an
            // engine step inside it (`sgd!: shapes ...`, not `add!: shapes ...`).
            let shownName = calledAs ?? builtin.name
            let values = builtin.seesHostObjects ? arguments : try replacingNumericHosts(arguments)
            try refuseRationalArgument(builtin, values)
            try refuseFloat32Argument(builtin, values)
            if let unknown = builtin.keywords.unknown(among: keywords) {
                // Julia's function may take it (sum's `init`): refused, not a MethodError.
                throw RuntimeError("\(shownName) has no keyword argument `\(unknown)`" + builtin.keywords.listed + "; other keywords of Julia's \(shownName) are not supported",
                                   kind: .notSupported, at: position)
            }
            var args = Arguments(function: shownName, values: values, keywords: keywords, declared: builtin.keywords)
            args.isBroadcast = callIsBroadcast
            callIsBroadcast = false
            let result: Value
            do {
                result = try builtin.body(self, &args)
            } catch var error as RuntimeError {
                if error.stack.isEmpty, shownName != builtin.name, error.message.hasPrefix(builtin.name + ": ") {
                    error.message = shownName + error.message.dropFirst(builtin.name.count)
                }
                error.attributeCallsMade(by: builtin.name, at: position)
                throw error
            } catch let error as EngineError {
                throw RuntimeError(wrapping: error.attributed(to: shownName), at: position)
            } catch let error as LinearAlgebraError {
                throw RuntimeError(wrapping: error.attributed(to: shownName), at: position)
            }
            // A declared keyword the body left unread, or one it read without declaring,
            // is a mistake in the builtin's definition (the test over every builtin in
            // BuiltinKeywordTests looks for them); report it rather than ignore it.
            if let unread = args.keywords.keys.sorted().first {
                throw RuntimeError("internal error: \(builtin.name) declares the keyword `\(unread)` but did not read it", kind: .notSupported, at: position)
            }
            if let undeclared = args.undeclaredReads.first {
                throw RuntimeError("internal error: \(builtin.name) reads the keyword `\(undeclared)` without declaring it", kind: .notSupported, at: position)
            }
            return result
        case .closure(let decl, let closureEnv, _):
            return try callClosure(function.name, decl, closureEnv, arguments, keywords, typeVariables: typeVariables, at: position)
        }
    }

    private func describeArity(_ r: ClosedRange<Int>) -> String {
        if r.upperBound == Int.max { return "at least \(r.lowerBound)" }
        return r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
    }

    private func callClosure(
        _ name: String, _ decl: FunctionDecl, _ closureEnv: Environment, _ arguments: [Value],
        _ keywords: KeywordArguments, typeVariables: [String: String] = [:], at position: SourcePosition
    ) throws -> Value {
        guard callDepth < limits.maximumCallDepth else {
            throw RuntimeError(
                "too many nested calls (more than \(limits.maximumCallDepth)); is a recursion missing its base case?", kind: .limit,
                at: position)
        }
        guard stackInUse() < Interpreter.stackReserve else {
            throw RuntimeError(
                "too many nested calls: the stack is nearly full after \(callDepth) calls; is a recursion missing its base case?", kind: .limit,
                at: position)
        }
        try checkCancelled()
        callDepth += 1
        defer { callDepth -= 1 }
        var scope = Environment(parent: closureEnv, kind: .hard)
        defer { finish(&scope) }
        scope.values.reserveCapacity(decl.parameters.count + decl.keywordParameters.count + 4)
        // `where T`: the body sees T as the type it took for this call.
        for (variable, type) in typeVariables {
            let own = closureEnv.lookup(Name(String(type.prefix { $0 != "{" })))
            scope.define(Name(variable), own.flatMap { $0.isDeclaredType && !type.contains("{") ? $0 : nil } ?? typeValue(named: type))
        }
        do {
            try bindParameters(decl, arguments, keywords, scope, name: name)
            let result: Value
            do {
                result = try evaluate(decl.body, scope)
            } catch ControlSignal.returnValue(let value) {
                result = value
            }
            guard let written = decl.returnType else { return result }
            // `function f(x::T)::T where T`: the return type may be one of the variables.
            let returnType = typeVariables[written] ?? written
            return try converted(result, to: returnType, at: decl.position, in: closureEnv)
        } catch let signal as ControlSignal {
            let word = if case .breakLoop = signal { "break" } else { "continue" }
            throw RuntimeError("`\(word)` outside a loop in \(name)", at: decl.position)
        } catch var error as RuntimeError {
            if error.position == nil { error.position = position }
            error.stack.append(.init(function: name, callSite: position))
            throw error
        }
    }

    private func bindParameters(
        _ decl: FunctionDecl, _ arguments: [Value], _ keywords: KeywordArguments, _ scope: Environment, name: String
    ) throws {
        for (i, parameter) in decl.parameters.enumerated() {
            let value: Value
            if parameter.isVarargs {
                value = .tuple(TupleItems(i < arguments.count ? Array(arguments[i...]) : []))
            } else if i < arguments.count {
                value = arguments[i]
            } else if let defaultExpr = parameter.defaultValue {
                value = try evaluate(defaultExpr, scope)
            } else {
                throw RuntimeError("\(name) is missing the argument `\(parameter.name)`", kind: .method)
            }
            if let pattern = parameter.pattern {
                try bind(value, to: pattern, in: scope)
            } else {
                scope.define(parameter.symbol, value)
            }
        }
        if keywords.isEmpty && decl.keywordParameters.isEmpty { return }
        var remaining = keywords
        for parameter in decl.keywordParameters where !parameter.isVarargs {
            if let value = remaining.removeValue(forKey: parameter.name) {
                scope.define(parameter.symbol, value)
            } else if let defaultExpr = parameter.defaultValue {
                scope.define(parameter.symbol, try evaluate(defaultExpr, scope))
            } else {
                throw RuntimeError("\(name) needs the keyword argument `\(parameter.name)`", kind: .undefinedKeyword)
            }
        }
        if let rest = decl.keywordParameters.last, rest.isVarargs {
            // `kw...` is Julia's `pairs(::NamedTuple)` of the keywords no other parameter took.
            scope.define(rest.symbol, .host(PairsIterator(.namedTuple(names: remaining.keys, values: TupleItems(remaining.values)))))
            return
        }
        if let unknown = remaining.keys.sorted().first {
            let known = decl.keywordParameters.map { "`\($0.name)`" }.joined(separator: ", ")
            throw RuntimeError(
                "\(name) has no keyword argument `\(unknown)`" + (known.isEmpty ? "" : " (it takes \(known))"), kind: .method)
        }
    }
}

extension Runtime {
    // MARK: Dot calls

    /// `f.(xs...)`: calls `f` on corresponding elements, broadcasting numbers and
    /// size-1 dimensions. Elementwise builtins (`tanh`, `exp`, ...) get whole arrays,
    /// which keeps gradients flowing and is much faster.
    func broadcastCall(_ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition)
        throws -> Value
    {
        // Of numbers alone, Julia's broadcast is the call itself (`broadcast(f, x::Number...)`),
        // so the irrational π reaches f as π: `sin.(π)` is sin(π), 0.0.
        if arguments.contains(where: \.isIrrationalPi), arguments.allSatisfy({ $0.isIrrationalPi || $0.isNumber }) {
            return try call(callee, arguments, keywords, at: position)
        }
        if arguments.contains(where: \.isRef) { return try broadcastCallHoldingRefs(callee, arguments, keywords, at: position) }
        let arguments = try replacingNumericHosts(arguments)
        if let structValue = arguments.first(where: { if case .host(_ as StructInstance) = $0 { true } else { false } }) {
            // Julia broadcasts over a struct by iterating it, which the notebook does not do.
            throw RuntimeError(
                "a dot call over a struct value (\(describeType(structValue))) is not supported; put it in a tuple, as f.((p,)), or call f(p)",
                kind: .notSupported, at: position)
        }
        if case .host(let instance as StructInstance) = callee {
            // `model.(xs)`: the callable struct, called on each element.
            var builtin = Builtin(name: instance.juliaTypeName, help: "", arity: 0...Int.max, elementwise: false) { interp, args in
                defer { args.keywords = [:] }
                return try interp.call(callee, args.values, args.keywords, at: interp.nowhere)
            }
            builtin.seesHostObjects = true
            builtin.keywords = .forwarded
            return try broadcastCall(.function(FunctionValue(name: builtin.name, methods: [.builtin(builtin)])), arguments, keywords, at: position)
        }
        guard case .function(let function) = callee else {
            throw RuntimeError("cannot call \(describeType(callee)); it is not a function", kind: .method, at: position)
        }
        let collection = arguments.first(where: { if case .list = $0 { return true }; if case .tuple = $0 { return true }; return false })
        // A Float32 array goes element by element, through the builtin's Float32 method.
        if collection == nil, case .builtin(let b)? = function.method(forArgumentCount: arguments.count), b.elementwise, function.methods.count == 1,
           !arguments.contains(where: \.isFloat32Array) {
            callIsBroadcast = true
            defer { callIsBroadcast = false }
            return try call(callee, arguments, keywords, at: position)
        }
        // Lists and tuples map element by element, together with vectors and ranges beside
        // them; numbers from a list make an array, as in Julia.
        if collection != nil { return try broadcastOverCollections(callee, arguments, keywords, at: position) }
        var shapes: [[Int]] = []
        var operands: [(Tensor, ElementType)?] = []
        for arg in arguments {
            switch arg {
            case .array, .range:
                let (v, type) = try operand(arg)!
                shapes.append(v.shape)
                operands.append((v.value, type))
            case .tracked:
                return try trackedBroadcast(callee, named: function.name, arguments, keywords, at: position)
            default:
                operands.append(nil)
            }
        }
        if shapes.isEmpty { return try call(callee, arguments, keywords, at: position) }
        var shape = shapes[0]
        for s in shapes.dropFirst() { shape = try Broadcast.shape(shape, s, operation: "\(function.name).()") }
        let count = try Tensor.elementCount(of: shape)
        try checkBudget(count)
        var results: [Value] = []
        results.reserveCapacity(count)
        // Stretch every array to the common shape, so element k of each is the k-th argument.
        let zeros = try Tensor.zeros(shape: shape)
        let stretched = try operands.map { op in try op.map { (try $0.0 + zeros, $0.1) } }
        for k in 0..<count {
            try checkCancelled()
            var args: [Value] = []
            for (i, arg) in arguments.enumerated() {
                if let (tensor, type) = stretched[i] {
                    args.append(ArrayBox(tensor, elementType: type).element(at: k))
                } else {
                    args.append(arg)
                }
            }
            results.append(try call(callee, args, keywords, at: position))
        }
        let vector = try makeCollected(results)
        if case .array(let box) = vector {
            return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
        }
        guard shape.count <= 1 else {
            throw RuntimeError(
                "\(function.name).(...) over a \(shape.map(String.init).joined(separator: "×")) array gave values that are not numbers; only vectors of them are supported",
                at: position)
        }
        return vector
    }

    /// `f.(xs, Ref(s))`: a Ref is a container of one element, so every call gets what it
    /// holds, whole. The dot call runs with a placeholder there (a value it passes whole
    /// to each call) and a function that puts the held values back in their places.
    private func broadcastCallHoldingRefs(
        _ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition
    ) throws -> Value {
        var held: [(Int, Value)] = []
        var placeholders = arguments
        for (i, argument) in arguments.enumerated() {
            guard case .host(let ref as RefValue) = argument else { continue }
            held.append((i, ref.value))
            placeholders[i] = .nothing
        }
        let name: String
        if case .function(let function) = callee { name = function.name } else { name = typeName(callee) }
        var builtin = Builtin(name: name, help: "", arity: 0...Int.max, elementwise: false) { interp, args in
            defer { args.keywords = [:] }
            var values = args.values
            for (i, value) in held { values[i] = value }
            return try interp.call(callee, values, args.keywords, at: position)
        }
        builtin.seesHostObjects = true
        builtin.keywords = .forwarded
        return try broadcastCall(.function(FunctionValue(name: name, methods: [.builtin(builtin)])), placeholders, keywords, at: position)
    }

    /// A dot call with a list or tuple among its arguments: every argument that is a
    /// list, tuple, vector or range contributes its elements (one of length 1 stretches),
    /// the rest are passed whole, as Julia broadcasts strings and numbers. The result is
    /// a tuple when only tuples took part, a vector otherwise.
    fileprivate func broadcastOverCollections(
        _ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition
    ) throws -> Value {
        var elements: [[Value]?] = []
        var onlyTuples = true
        for arg in arguments {
            switch arg {
            case .list, .tuple:
                if case .list = arg { onlyTuples = false }
                elements.append(try collectElements(arg))
            case .array(let box) where box.tensor.rank > 1 && box.tensor.count > 1:
                throw RuntimeError("a dot call mixing a \(describeType(arg)) with a list or tuple is not supported; use vectors", kind: .notSupported, at: position)
            case .array, .range, .tracked:
                onlyTuples = false
                elements.append(try collectElements(arg))
            default:
                elements.append(nil)
            }
        }
        let lengths = Set(elements.compactMap { $0?.count }.filter { $0 != 1 })
        guard lengths.count <= 1 else {
            throw RuntimeError(
                "dot call: collections of lengths \(lengths.sorted().map(String.init).joined(separator: " and ")) do not match", kind: .dimensionMismatch,
                at: position)
        }
        let length = lengths.first ?? (elements.contains { $0?.count == 1 } ? 1 : 0)
        var results: [Value] = []
        for i in 0..<length {
            try checkCancelled()
            let args = zip(arguments, elements).map { arg, items in items.map { $0.count == 1 ? $0[0] : $0[i] } ?? arg }
            results.append(try call(callee, args, keywords, at: position))
        }
        if onlyTuples { return .tuple(TupleItems(results)) }
        return try makeCollected(results)
    }
}

extension RuntimeError {
    /// Builtins call functions (`map(f, xs)`, `grad(f)(x)`) without a source position;
    /// those calls, and an error with no place of its own, are placed at the builtin's
    /// own call, the nearest point the source shows.
    mutating func attributeCallsMade(by builtin: String, at position: SourcePosition) {
        guard position.line > 0 else { return }
        if self.position == nil || self.position?.line == 0 { self.position = position }
        for i in stack.indices where stack[i].callSite.line == 0 {
            stack[i].callSite = position
            stack[i].builtin = builtin
        }
    }
}

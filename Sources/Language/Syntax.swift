/// The syntax tree the parser builds and the interpreter walks.
///
/// Everything in Julia is an expression (a `for` loop evaluates to `nothing`, an `if`
/// to its taken branch), so there is one node type. Each node carries the position of
/// its first token for error messages.
public struct Expr: Sendable {
    public var kind: Kind
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    public indirect enum Kind: Sendable {
        // Literals and names
        case integer(Int)
        case float(Double)
        /// `1.5f0`: a Float32 literal.
        case float32(Float)
        case bool(Bool)
        case string(String)
        /// A string with `$x` or `$(expr)` parts, joined at run time.
        case interpolation([Expr])
        case char(Character)
        case symbol(String)
        /// A variable or function name, interned when parsed.
        case identifier(Name)
        /// `end` inside an index expression: the last index of that dimension.
        case endIndex
        /// `:` alone inside an index expression: every index.
        case colonAll

        // Collections
        case tuple([Expr])
        /// `(a = 1, b = 2)`.
        case namedTuple([(String, Expr)])
        /// `[a, b, c]`: a vector of numbers, or a list when elements are not numbers.
        case vector([Expr])
        /// `[a; b]` (dimension 1, vcat), `[a b]` and `[a;; b]` (dimension 2, hcat),
        /// `[a;;; b]` (dimension 3): the parts joined along `dimension`. `[a b; c d]` is
        /// a dimension-1 node of two dimension-2 nodes, as Julia's `hvcat` reads it.
        case concatenation(dimension: Int, [Expr])
        /// `Any[...]` and friends: the element type is written before the bracket.
        case typedVector(type: String, [Expr])
        /// `Float64[x^2 for x in xs]`: a comprehension (the `.comprehension` node) whose
        /// values are converted to the element type written before the bracket.
        case typedComprehension(type: String, Expr)
        /// `[body for x in xs, y in ys if cond]`; one clause gives a vector, two a matrix,
        /// and clauses each with their own `for` a flat vector.
        /// `generator` is true for the bracket-less form inside a call, `sum(x for x in v)`.
        case comprehension(body: Expr, clauses: [LoopClause], condition: Expr?, generator: Bool)

        // Operators
        //
        // Dotted operators (`a .+ b`, `.-x`), dot calls (`f.(x)`) and dotted assignment
        // (`x .= ...`, `x .+= ...`) carry `dotted`/`broadcast` flags on their ordinary
        // nodes, so a tree of them (`isBroadcast`) can be evaluated as one fused broadcast.
        /// `-x`, `!done`, `.-x`.
        case unary(Operator, dotted: Bool, Expr)
        /// `a + b`, `a .* b`, `k => v`, `x |> f`.
        case binary(Operator, dotted: Bool, Expr, Expr)
        /// `a < b <= c`: operands and the undotted comparisons between them (a chain
        /// with a dotted link is parsed as dotted `binary` links joined by `.&`).
        case comparison([Expr], [Operator])
        /// An operator used as a function value: `+` in `reduce(+, xs)`, `f = *`, `+(1, 2, 3)`.
        case operatorFunction(Operator)
        /// `(.+)`: a dotted operator as a function value, Julia's BroadcastFunction.
        case broadcastFunction(Operator)
        case and(Expr, Expr)
        case or(Expr, Expr)
        case ternary(Expr, Expr, Expr)
        /// `start:stop` or `start:step:stop`.
        case range(start: Expr, step: Expr?, stop: Expr)
        /// `x'`.
        case transpose(Expr)

        // Calls and access
        /// `f(args; kwargs)`; `broadcast` is true for the dot call `f.(x)`.
        case call(callee: Expr, arguments: [Argument], broadcast: Bool)
        case index(Expr, [Expr])
        case field(Expr, String)
        /// `args...` inside a call or a collection.
        case splat(Expr)
        /// `Vector{Int64}`, `Dict{String, Float64}`: a type with its parameters, in Julia's
        /// canonical spelling (`Int` is `Int64`, `Array{T, 1}` is `Vector{T}`).
        case curlyType(String)
        /// `x::Float64`: the type is kept for messages; values are not checked against it yet.
        case typed(Expr, String)

        // Functions
        case function(FunctionDecl)
        /// `function f end`: a generic function with no methods yet (or `f` itself, when
        /// it already is one).
        case genericFunction(Name)
        case lambda(FunctionDecl)
        /// `(m::Dense)(x) = ...`: a method that makes values of a struct callable. The
        /// object is the first parameter, typed with the struct's name.
        case functorMethod(FunctionDecl)

        // Types
        /// `struct Name ... end` and `mutable struct Name ... end` (StructDecl.swift).
        case structDefinition(StructDecl)
        /// `abstract type Name end` or `abstract type Name <: Parent end`.
        case abstractTypeDefinition(name: String, supertype: String?)

        // Assignment
        /// `target = value`; the target is a name, an index, a field or a tuple of targets.
        case assign(target: Expr, value: Expr)
        /// `x += 1` (`op` is `+`), `A .+= B` (dotted) and `A .= B` (dotted, no operator).
        case updateAssign(Operator?, dotted: Bool, target: Expr, value: Expr)

        // Control flow and scope
        case block([Expr])
        case ifElse(branches: [(condition: Expr, body: Expr)], otherwise: Expr?)
        case whileLoop(condition: Expr, body: Expr)
        case forLoop(clauses: [LoopClause], body: Expr)
        /// `@name a b` or `@name(a, b)` for one of the notebook's macros (a closed set):
        /// the expressions after the name, unevaluated.
        case macroCall(Macro, arguments: [Expr])
        case letBlock(bindings: [Expr], body: Expr)
        /// `try ... catch e ... else ... finally ... end`; `e` is bound to the error. The
        /// `else` block (`otherwise`) runs only when the body threw nothing.
        case tryCatch(body: Expr, errorName: String?, handler: Expr?, otherwise: Expr?, cleanup: Expr?)
        case breakLoop
        case continueLoop
        case returnValue(Expr?)
        /// `global x`, `global x = 1`, `local y`.
        case declaration(scope: DeclarationScope, [Expr])
        /// `using X` / `import X`: the modules are already loaded. The names after `:`
        /// (`import Base: sqrt`) are bound in Main (GlobalBindings.swift); `imports`
        /// says whether it was `import`, which lets definitions extend them.
        case using([String], names: [String], imports: Bool)
    }
}

extension Expr {
    /// Whether this node is a broadcast: a dotted operator, a dot call or a dotted
    /// assignment. Nested ones form one loop in Julia (dot fusion).
    public var isBroadcast: Bool {
        switch kind {
        case .unary(_, let dotted, _), .binary(_, let dotted, _, _), .updateAssign(_, let dotted, _, _): return dotted
        case .call(_, _, let broadcast): return broadcast
        default: return false
        }
    }

    /// Whether this is a name or a literal, which Julia's lowering reads where it stands
    /// rather than storing it first (an atom of its syntax tree, not a call).
    var isNameOrLiteral: Bool {
        switch kind {
        case .integer, .float, .bool, .string, .char, .symbol, .identifier: return true
        default: return false
        }
    }
}

/// `global`, `local` or `const` (a constant global, GlobalBindings.swift).
public enum DeclarationScope: String, Sendable {
    case global
    case local
    case const
}

/// `x in xs` (or `x = xs`, `x ∈ xs`) in a `for` loop or comprehension; the target may
/// be a tuple, as in `for (i, x) in enumerate(v)`.
public struct LoopClause: Sendable {
    public var target: Expr
    public var iterable: Expr
    /// Written with its own `for` in a comprehension (`[f(s, t) for s in xs for t in ts]`):
    /// the clauses nest and the results flatten into one vector instead of a matrix.
    public var nests: Bool = false
    /// `for outer i in xs`: the loop assigns the enclosing scope's `i` instead of making
    /// its own, so `i` keeps the last value after the loop (OuterLoopCheck.swift checks
    /// there is one to reuse).
    public var outer: Bool = false
}

/// One argument of a call: positional, `name=value` (keyword), or `xs...` (splat).
public struct Argument: Sendable {
    public var name: String?
    public var value: Expr
    /// Whether the argument came after `;`, which matters when `f(x; y=1) = ...` defines a function.
    public var afterSemicolon: Bool = false

    /// `; opts...` or `; :a => 1`: keywords given by a value rather than by name.
    public var isKeywordSpread: Bool { name == nil && afterSemicolon }
}

/// One parameter of a function: `x`, `x = default`, `xs...`, with an optional
/// `::Type` annotation that is kept for messages and dispatch on arity only.
public struct Parameter: Sendable {
    public var symbol: Name
    public var name: String { symbol.text }
    /// For destructuring parameters, as in `((a, b),) -> a + b`; nil for plain names.
    public var pattern: Expr?
    public var defaultValue: Expr?
    public var isVarargs: Bool
    public var typeName: String?

    public init(name: String, pattern: Expr?, defaultValue: Expr?, isVarargs: Bool, typeName: String?) {
        self.symbol = Name(name)
        self.pattern = pattern
        self.defaultValue = defaultValue
        self.isVarargs = isVarargs
        self.typeName = typeName
    }
}

/// A function's definition, shared (not copied) by every closure made from it.
public final class FunctionDecl: Sendable {
    public let name: String?
    /// `name`, interned, for defining the function in its scope.
    let symbol: Name?
    public let parameters: [Parameter]
    /// How many positional arguments a call may pass: required ones up to all (or unbounded).
    let arity: ClosedRange<Int>
    public let keywordParameters: [Parameter]
    public let body: Expr
    public let position: SourcePosition
    /// `function f(x)::Float64`: what every result is converted to.
    public let returnType: String?
    /// `where {T <: Real}`: the method's type variables, each with its bound.
    public let typeVariables: [TypeParameter]
    /// `Base` in `Base.length(b::Bag) = ...`: the method extends that module's function.
    public let module: String?

    public init(
        name: String?, parameters: [Parameter], keywordParameters: [Parameter], body: Expr, position: SourcePosition,
        returnType: String? = nil, typeVariables: [TypeParameter] = [], module: String? = nil
    ) {
        self.returnType = returnType
        self.typeVariables = typeVariables
        self.module = module
        self.name = name
        self.symbol = name.map(Name.init)
        self.parameters = parameters
        let required = parameters.filter { $0.defaultValue == nil && !$0.isVarargs }.count
        let most = parameters.contains { $0.isVarargs } ? Int.max : parameters.count
        self.arity = required...most
        self.keywordParameters = keywordParameters
        self.body = body
        self.position = position
    }
}

/// The macros the notebook knows: the one list of them. Each is a case here, parsed
/// where `@` is read and evaluated by the interpreter (Interpreter+Macros.swift); a
/// name not listed is refused with one clear message.
public enum Macro: String, Sendable, CaseIterable {
    /// `@showprogress for ... end`: a progress bar over the loop's iterations (ProgressMeter.jl).
    case showProgress = "showprogress"
    /// `@show x y`: prints `x = repr(x)` for each expression, returns the last value.
    case show
    /// `@time expr`: runs it, prints the seconds it took, returns its value.
    case time
    /// `@elapsed expr`: the seconds it took to run, as a Float64.
    case elapsed
    /// `@assert cond [message]`: an AssertionError naming the condition when it is false.
    case assert
    /// `@isdefined x`: whether the name has a value here.
    case isDefined = "isdefined"
    /// `@inbounds expr`: Julia skips bounds checks; here every index is still checked,
    /// which changes no answer of a correct program.
    case inBounds = "inbounds"
    /// `@simd for ... end`: a hint to vectorise; the loop runs as written.
    case simd
    /// `@views expr`: slices in it are views that share the array's memory.
    case views
    /// `@. expr`: every call, operator and assignment in it is dotted (broadcast, fused).
    case dot = "."
    /// `@printf fmt args...` (Printf): prints the arguments formatted as C's printf does.
    case printf
    /// `@sprintf fmt args...`: the same text, returned as a String.
    case sprintf
    /// `@diff expr` (Knet, AutoGrad): runs `expr` recording the parameters it uses,
    /// as `differentiate(() -> expr)`; `grad(J, w)` reads the gradients.
    case diff

    /// How many arguments the macro takes (after its name).
    var arity: ClosedRange<Int> {
        switch self {
        case .show: 1...Int.max
        case .assert: 1...2
        case .printf: 1...Int.max
        case .sprintf: 1...Int.max
        default: 1...1
        }
    }

    /// How the macro is written, for messages: `@show`.
    var spelling: String { "@" + rawValue }
}

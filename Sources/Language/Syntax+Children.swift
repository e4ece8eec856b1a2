extension Expr {
    /// The expressions directly inside this one, in source order: the one list of a
    /// node's parts, for walks over the tree that look at every node (the scope check
    /// of `for outer`). A function's parts are its parameters' defaults and its body;
    /// a loop's are its iterables and body (its targets are names, not expressions run).
    var children: [Expr] {
        switch kind {
        case .integer, .float, .float32, .bool, .string, .char, .symbol, .identifier, .endIndex, .colonAll, .operatorFunction,
            .broadcastFunction, .curlyType, .breakLoop, .continueLoop, .using, .genericFunction, .abstractTypeDefinition:
            return []
        case .interpolation(let items), .tuple(let items), .vector(let items), .concatenation(_, let items),
            .typedVector(_, let items), .comparison(let items, _), .block(let items), .declaration(_, let items),
            .macroCall(_, let items):
            return items
        case .namedTuple(let entries): return entries.map(\.1)
        case .comprehension(let body, let clauses, let condition, _):
            return clauses.map(\.iterable) + [body] + (condition.map { [$0] } ?? [])
        case .unary(_, _, let x), .transpose(let x), .field(let x, _), .splat(let x), .typed(let x, _), .typedComprehension(_, let x):
            return [x]
        case .binary(_, _, let a, let b), .and(let a, let b), .or(let a, let b): return [a, b]
        case .ternary(let a, let b, let c): return [a, b, c]
        case .range(let start, let step, let stop): return [start] + (step.map { [$0] } ?? []) + [stop]
        case .call(let callee, let arguments, _): return [callee] + arguments.map(\.value)
        case .index(let x, let indices): return [x] + indices
        case .function(let decl), .lambda(let decl), .functorMethod(let decl): return decl.parts
        case .structDefinition(let decl): return decl.innerConstructors.flatMap(\.parts)
        case .assign(let target, let value), .updateAssign(_, _, let target, let value): return [target, value]
        case .ifElse(let branches, let otherwise):
            return branches.flatMap { [$0.condition, $0.body] } + (otherwise.map { [$0] } ?? [])
        case .whileLoop(let condition, let body): return [condition, body]
        case .forLoop(let clauses, let body): return clauses.map(\.iterable) + [body]
        case .letBlock(let bindings, let body): return bindings + [body]
        case .tryCatch(let body, _, let handler, let otherwise, let cleanup):
            return [body] + [handler, otherwise, cleanup].compactMap { $0 }
        case .returnValue(let value): return value.map { [$0] } ?? []
        }
    }
}

extension FunctionDecl {
    /// The defaults of its parameters, then its body.
    var parts: [Expr] {
        (parameters + keywordParameters).compactMap(\.defaultValue) + [body]
    }
}

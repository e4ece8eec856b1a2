import Engine
import Foundation

/// The core builtins: output, strings, types and conversions, and every operator as
/// a function. The other families live in `Builtins+*.swift`; `Library` registers
/// them all, each with the one-line help text the REPL shows for `?name`.
extension Library {
    /// Every operator as a function named by its spelling: `+(1, 2, 3)`, `reduce(+, xs)`,
    /// `map(==, a, b)`, `f = *`. `+`, `*`, `&`, `|`, `⊻` and `∘` take any number of
    /// arguments, folding from the left; `-`, `+`, `!` and `~` of one argument are unary.
    private mutating func registerOperatorFunctions() {
        for op in Operator.allCases {
            let folds = op == .plus || op == .times || op == .bitAnd || op == .bitOr || op == .xor || op == .compose
            let arity = (op.isUnary || op.fixesSecondArgument ? 1 : 2)...(op.precedence == nil ? 1 : folds ? Int.max : 2)
            let example = op.precedence == nil ? "\(op.spelling)x" : "a \(op.spelling) b"
            let partial = op.fixesSecondArgument ? "; \(op.spelling)(x) is the function y -> y \(op.spelling) x" : ""
            define(op.spelling, arity, help: "\(op.spelling)(...) — the operator `\(example)` as a function, e.g. reduce(\(op.spelling), xs)\(partial)") { interp, args in
                if args.count == 1, op.fixesSecondArgument { return try interp.fixSecond(ofFunctionNamed: op.spelling, args[0]) }
                if args.count == 1 { return try interp.unaryOperation(op, args[0]) }
                var result = try interp.applyOperator(op, args[0], args[1], dotted: false, at: interp.nowhere)
                for next in args.values.dropFirst(2) {
                    result = try interp.applyOperator(op, result, next, dotted: false, at: interp.nowhere)
                }
                return result
            }
        }
    }

    mutating func registerCoreBuiltins() {
        registerOperatorFunctions()
        define("println", 0...Int.max, help: "println(xs...) — print the values, then a newline") { interp, args in
            try interp.checkPrintable(args.values)
            try interp.writeUnlessCancelled(args.values.map(printString).joined() + "\n")
            return .nothing
        }
        define("print", 0...Int.max, help: "print(xs...) — print the values without a newline") { interp, args in
            try interp.checkPrintable(args.values)
            try interp.writeUnlessCancelled(args.values.map(printString).joined())
            return .nothing
        }
        define("show", 1...1, help: "show(x) — print x in its one-line form (strings quoted), without a newline") { interp, args in
            try interp.checkPrintable(args.values)
            try interp.writeUnlessCancelled(show(args[0]))
            return .nothing
        }
        define("display", 1...1, help: "display(x) — print x as the REPL shows results") { interp, args in
            try interp.checkDisplayable(args[0])
            try interp.writeUnlessCancelled(display(args[0], width: interp.settings.displaySize.width, height: interp.settings.displaySize.height) + "\n")
            return .nothing
        }
        define("string", 0...Int.max, help: "string(xs...) — the values printed into one string") { interp, args in
            try interp.checkPrintable(args.values)
            let text = try interp.joinedText(args.values.map(printString), separator: "")
            // A long `show` gives up part-way on Ctrl-C; its text must not be used.
            try interp.checkCancelled()
            return .string(text)
        }
        define("repr", 1...1, help: "repr(x) — the one-line form of x as a string, strings quoted") { interp, args in
            try interp.checkPrintable(args.values)
            let text = show(args[0])
            try interp.checkCancelled()
            return .string(text)
        }
        define("error", 0...Int.max, help: "error(msg...) — stop with an error message") { _, args in
            throw RuntimeError(args.values.map(printString).joined())
        }
        define("typeof", 1...1, help: "typeof(x) — x's type, e.g. Matrix{Float64}, a value that prints, compares and works with isa") { _, args in
            if case .function(let f) = args[0], f.juliaType == nil, f.isOrComposesAnonymous {
                throw RuntimeError("typeof of an anonymous function is not supported (Julia names its type var\"#1#2\" after its own counters); give the function a name", kind: .notSupported)
            }
            if case .host(let generator as GeneratorValue) = args[0] {
                throw RuntimeError("typeof of a generator is not supported (Julia names its type \(generator.juliaTypeName) after its anonymous function's counters)", kind: .notSupported)
            }
            if case .host(let stateful as StatefulIterator) = args[0] {
                throw RuntimeError("typeof of an Iterators.Stateful is not supported (Julia's type names the type of its iteration state, Base.Iterators.Stateful{\(typeName(stateful.source)), …})", kind: .notSupported)
            }
            // An iterator over a generator is named after the generator's anonymous function.
            if case .host(let object) = args[0], object.juliaTypeName.contains("…") {
                throw RuntimeError("typeof of \(object.juliaTypeName) is not supported (Julia names it after an anonymous function's counters)", kind: .notSupported)
            }
            if case .host(let pairs as PairsIterator) = args[0], pairs.exactTypeName == nil {
                throw RuntimeError("typeof of pairs(::\(typeName(pairs.source))) is not supported (the notebook cannot name Julia's iterator type for it)", kind: .notSupported)
            }
            if case .host(let instance as StructInstance) = args[0], instance.parameters.isEmpty, let type = instance.type.constructor {
                // A struct's type is the function that constructs it, so `typeof(p)(1, 2)` works.
                return .function(type)
            }
            return typeValue(named: typeName(args[0]))
        }
        define("isnothing", 1...1, help: "isnothing(x) — whether x is nothing") { _, args in
            if case .nothing = args[0] { return .bool(true) }
            return .bool(false)
        }
        define("Int", 1...1, elementwise: false, help: "Int(x) — x as an integer (x must be whole)") { _, args in
            switch args[0] {
            case .int: return args[0]
            case .bool(let b): return .int(b ? 1 : 0)
            case .char(let c): return .int(Int(c.unicodeScalars.first!.value))
            default:
                let x = try args.double(0)
                guard x == x.rounded(), Swift.abs(x) < 9.2e18 else {
                    throw RuntimeError("Int(\(formatFloat(x))): not a whole number (InexactError); use round(Int, x)", kind: .inexact)
                }
                return .int(Int(x))
            }
        }
        alias("Int64", to: "Int")
        define("Float64", 1...1, help: "Float64(x) — x as a floating-point number") { _, args in
            .float(try args.double(0))
        }
        // Julia's String methods (base/strings/string.jl, io.jl): a string, a symbol or a
        // vector of characters; `String(1)` is a MethodError (`string(1)` prints a value).
        define("String", 1...1, help: "String(x) — a string from a string, a symbol or a vector of characters") { _, args in
            switch args[0] {
            case .string(let s), .symbol(let s): return .string(s)
            case .list(let list):
                var text = ""
                for item in list.items {
                    guard case .char(let c) = item else { break }
                    text.append(c)
                }
                if list.items.allSatisfy({ if case .char = $0 { true } else { false } }) { return .string(text) }
            default: break
            }
            throw RuntimeError("MethodError: no method matching String(::\(typeName(args[0])))", kind: .method)
        }
        define("Bool", 1...1, help: "Bool(x) — 0 or 1 as false or true") { _, args in
            let x = try args.double(0)
            guard x == 0 || x == 1 else { throw RuntimeError("Bool(\(formatFloat(x))): only 0 and 1 convert (InexactError)", kind: .inexact) }
            return .bool(x == 1)
        }
        // Abstract types exist for `isa` and as element types; calling them is a mistake.
        for type in ["Number", "Real", "Integer", "AbstractFloat", "AbstractArray", "Function", "Any"] {
            define(type, 0...Int.max, help: "\(type) — a type, for `x isa \(type)`") { _, _ in
                throw RuntimeError("`\(type)` is a type; it cannot be called", kind: .method)
            }
        }
        define("Tuple", 1...1, help: "Tuple(xs) — the elements of xs (a collection or a CartesianIndex) as a tuple; also a type, for `x isa Tuple`") { interp, args in
            if case .host(let object) = args[0], let indices = object.indexPositions { return .tuple(TupleItems(indices.map { .int($0) })) }
            return .tuple(TupleItems(try interp.collectElements(args[0])))
        }
        define("float", 1...1, elementwise: true, help: "float(x) — x as a float; on an array, every element; of a range, the float range") { interp, args in
            if let type = try interp.numberTypeFunction(args) { return type }
            if case .array(let box) = args[0] {
                // float(A::AbstractArray{<:AbstractFloat}) = A, the same array (base/float.jl);
                // of an Int row v', the row of a Float64 vector.
                if box.elementType == .float64 { return args[0] }
                if box.wrapper.isRowOfVector { return try interp.row(of: box.tensor, .float64, like: box.wrapper) }
                return .array(ArrayBox(box.tensor))
            }
            // float(r) of a range is a range (base/float.jl); float.(r) is a vector.
            if case .range(let r) = args[0], !args.isBroadcast { return .range(try r.floated) }
            if case .range = args[0], let (v, _) = try interp.operand(args[0]) { return .floats(v.value) }
            return .float(try args.double(0))
        }
        define("Dict", 0...Int.max, help: "Dict(k => v, ...) — a dictionary (keys: symbols, strings, numbers)") { interp, args in
            var entries = args.values
            if entries.count == 1, case .pair = entries[0] {} else if entries.count == 1 {
                entries = try interp.collectElements(entries[0])
            }
            let box = try DictBox.built(from: entries)
            // `Dict()` is a Dict{Any, Any}, whatever it is given later; otherwise the types
            // are those the construction settled on (`Dict(1 => "a", true => "b")` is a
            // Dict{Integer, String} although its one key left is `true`).
            box.declaredTypes = box.declaredTypes ?? DictTypes(key: "Any", value: "Any")
            return .dict(box)
        }
        define("time", 0...0, help: "time() — seconds since 1970, for timing code") { _, _ in
            .float(Date().timeIntervalSince1970)
        }
    }
}

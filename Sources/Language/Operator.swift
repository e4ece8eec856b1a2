/// Every operator of the language, one case each, from the scanner to the evaluator.
///
/// The scanner reads a spelling into a case (with a flag for the dotted form `.+` and
/// the updating forms `+=`, `.+=`), the parser groups by `precedence`, and the
/// evaluator and the builtin operator functions (`+`, `reduce(+, xs)`, `f = +`) switch on
/// the case. `spelling` is used only to print an operator and to name its function.
public enum Operator: Sendable, Hashable, CaseIterable {
    // Arithmetic
    case plus, minus, times, divide, leftDivide, power, integerDivide, remainder, rational
    // Bits and logic on values
    case bitAnd, bitOr, xor, shiftLeft, shiftRight, unsignedShiftRight, bitNot, not
    // Comparison
    case equal, notEqual, less, greater, lessEqual, greaterEqual, identical, notIdentical, approx, notApprox
    case `in`, notIn, isa
    /// `<:` and `>:` between types.
    case subtype, supertype
    // Functions
    case pipe, compose, pair
    // Sets: operators that call the function of their name (`a ∪ b` is `union(a, b)`)
    case union, intersect, subset, superset, notSubset, notSuperset, properSubset, properSuperset

    /// How the operator is written; `≤ ≥ ≠ ∈` are read as `<= >= != in`.
    public var spelling: String {
        switch self {
        case .plus: "+"
        case .minus: "-"
        case .times: "*"
        case .divide: "/"
        case .leftDivide: "\\"
        case .power: "^"
        case .integerDivide: "÷"
        case .remainder: "%"
        case .rational: "//"
        case .bitAnd: "&"
        case .bitOr: "|"
        case .xor: "⊻"
        case .shiftLeft: "<<"
        case .shiftRight: ">>"
        case .unsignedShiftRight: ">>>"
        case .bitNot: "~"
        case .not: "!"
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .greater: ">"
        case .lessEqual: "<="
        case .greaterEqual: ">="
        case .identical: "==="
        case .notIdentical: "!=="
        case .approx: "≈"
        case .notApprox: "≉"
        case .in: "in"
        case .notIn: "∉"
        case .isa: "isa"
        case .subtype: "<:"
        case .supertype: ">:"
        case .pipe: "|>"
        case .compose: "∘"
        case .pair: "=>"
        case .union: "∪"
        case .intersect: "∩"
        case .subset: "⊆"
        case .superset: "⊇"
        case .notSubset: "⊈"
        case .notSuperset: "⊉"
        case .properSubset: "⊊"
        case .properSuperset: "⊋"
        }
    }

    /// Whether the operator is a call of the builtin function spelled as it is: Julia's
    /// set operators are plain functions (`const ∪ = union`), with a precedence.
    public var callsItsFunction: Bool {
        switch self {
        case .union, .intersect, .subset, .superset, .notSubset, .notSuperset, .properSubset, .properSuperset: true
        default: false
        }
    }

    /// Julia's precedence levels for binary operators, loosest first.
    public enum Precedence: Int, Comparable, Sendable {
        case pair, comparison, pipe, plus, times, rational, bitshift, power

        public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where the operator binds as a binary operator; nil for those that are only unary.
    public var precedence: Precedence? {
        switch self {
        case .pair: .pair
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .identical, .notIdentical, .approx,
            .notApprox, .in, .notIn, .isa, .subtype, .supertype, .subset, .superset, .notSubset, .notSuperset, .properSubset, .properSuperset:
            .comparison
        case .pipe: .pipe
        case .plus, .minus, .bitOr, .xor, .union: .plus
        case .times, .divide, .leftDivide, .integerDivide, .remainder, .bitAnd, .compose, .intersect: .times
        case .rational: .rational
        case .shiftLeft, .shiftRight, .unsignedShiftRight: .bitshift
        case .power: .power
        case .bitNot, .not: nil
        }
    }

    /// Whether the operator may stand before its operand: `-x`, `!done`, `~bits`.
    public var isUnary: Bool {
        switch self {
        case .plus, .minus, .not, .bitNot: true
        default: false
        }
    }

    /// Whether `op=` updates a variable with it (`x += 1`, `n ÷= 2`, `bits ⊻= mask`).
    public var updates: Bool {
        switch self {
        case .plus, .minus, .times, .divide, .leftDivide, .power, .integerDivide, .remainder, .rational, .bitAnd,
            .bitOr, .xor, .shiftLeft, .shiftRight, .unsignedShiftRight:
            true
        default: false
        }
    }

    /// Whether a dotted form `.op` exists (`.+`, `.==`, `.|>`); `in` and `isa` are
    /// words and `=>` pairs whole values.
    public var dots: Bool {
        switch self {
        // The dotted set operators (`.∪`) are not read.
        case .in, .notIn, .isa, .subtype, .supertype, .pair, .compose: false
        case .union, .intersect, .subset, .superset, .notSubset, .notSuperset, .properSubset, .properSuperset: false
        default: true
        }
    }

    /// Whether the operator chains as a comparison: `a < b <= c`.
    var isComparison: Bool { precedence == .comparison && self != .pair }

    /// The operator spelled `text` (after the scanner's aliases), if any.
    static func named(_ text: String) -> Operator? { bySpelling[text] }

    private static let bySpelling: [String: Operator] = {
        var table: [String: Operator] = [:]
        for op in Operator.allCases { table[op.spelling] = op }
        return table
    }()
}

/// Brackets, separators and the other marks that structure code without computing.
public enum Punctuation: String, Sendable, Hashable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", leftBrace = "{", rightBrace = "}"
    case comma = ",", semicolon = ";", dot = ".", splat = "...", doubleColon = "::", arrow = "->"
    case question = "?", colon = ":", at = "@", dollar = "$", prime = "'", andAnd = "&&", orOr = "||"
    /// `;;` inside brackets: a concatenation along the second dimension.
    case doubleSemicolon = ";;"
}

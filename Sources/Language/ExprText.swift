/// An expression written back as Julia prints it (`show_unquoted`): what `@show x + 1`
/// puts before ` = ` and what `@assert` names in its AssertionError.
///
/// Julia prints the parsed expression, not the source: binary operators get a space on
/// each side (`x ^ 2`), a number times a name is juxtaposed (`2x`), and an operand that
/// binds no tighter than its operator is parenthesised (`(a - b) - c`). Forms whose
/// printing this does not reproduce exactly (`a ? b : c` prints as an `if` block,
/// interpolated strings, functions) give nil, so the caller can refuse rather than
/// print something Julia would not.
func juliaText(of expr: Expr) -> String? {
    juliaText(of: expr, within: nil)
}

/// `within` is the precedence of the operator this expression is an operand of.
private func juliaText(of expr: Expr, within outer: Operator.Precedence?) -> String? {
    func enclosed(_ text: String, _ precedence: Operator.Precedence) -> String {
        if let outer, precedence <= outer { return "(" + text + ")" }
        return text
    }
    func list(_ items: [Expr]) -> String? {
        var parts: [String] = []
        for item in items {
            guard let text = juliaText(of: item, within: nil) else { return nil }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }
    switch expr.kind {
    case .integer(let n): return String(n)
    case .float(let x): return show(.float(x))
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return show(.string(s))
    case .char(let c): return show(.char(c))
    case .symbol(let name): return ":" + name
    case .identifier(let name): return name.text
    case .curlyType(let type): return type
    case .endIndex: return "end"
    case .colonAll: return ":"
    case .tuple(let items):
        guard let inner = list(items) else { return nil }
        return items.count == 1 ? "(" + inner + ",)" : "(" + inner + ")"
    case .vector(let items):
        guard let inner = list(items) else { return nil }
        return "[" + inner + "]"
    case .unary(let op, let dotted, let operand):
        guard let inner = juliaText(of: operand, within: nil) else { return nil }
        let spelled = (dotted ? "." : "") + op.spelling
        // Julia encloses any operand that is itself an expression: `-(x ^ 2)`, `-(sin(x))`.
        switch operand.kind {
        case .identifier, .integer, .float, .bool, .string, .char, .symbol: return spelled + inner
        default: return spelled + "(" + inner + ")"
        }
    case .binary(let op, let dotted, let left, let right):
        guard let precedence = op.precedence else { return nil }
        if op == .times, !dotted, case .identifier(let name) = right.kind, !name.text.hasPrefix("e"),
            !name.text.hasPrefix("E"), !name.text.hasPrefix("f")
        {
            // Julia writes a literal coefficient against the name: `2x`, `1.5y`.
            switch left.kind {
            case .integer(let n) where n >= 0: return enclosed(String(n) + name.text, precedence)
            case .float(let x) where x >= 0: return enclosed(show(.float(x)) + name.text, precedence)
            default: break
            }
        }
        let operands = op == .plus || op == .times ? flattened(op, dotted, expr) : [left, right]
        var parts: [String] = []
        for operand in operands {
            guard let text = juliaText(of: operand, within: precedence) else { return nil }
            parts.append(text)
        }
        return enclosed(parts.joined(separator: " " + (dotted ? "." : "") + op.spelling + " "), precedence)
    case .comparison(let operands, let ops):
        var text = ""
        for (k, operand) in operands.enumerated() {
            guard let part = juliaText(of: operand, within: .comparison) else { return nil }
            text += k == 0 ? part : " " + ops[k - 1].spelling + " " + part
        }
        return enclosed(text, .comparison)
    case .and(let a, let b), .or(let a, let b):
        let spelled: String
        if case .and = expr.kind { spelled = " && " } else { spelled = " || " }
        guard let x = juliaText(of: a, within: .pair), let y = juliaText(of: b, within: .pair) else { return nil }
        return outer == nil ? x + spelled + y : "(" + x + spelled + y + ")"
    case .range(let start, let step, let stop):
        guard let a = juliaText(of: start, within: .comparison), let b = juliaText(of: stop, within: .comparison) else {
            return nil
        }
        var text = a + ":"
        if let step {
            guard let s = juliaText(of: step, within: .comparison) else { return nil }
            text += s + ":"
        }
        text += b
        return outer.map { $0 >= .comparison } == true ? "(" + text + ")" : text
    case .transpose(let inner):
        guard let text = juliaText(of: inner, within: .power) else { return nil }
        return text + "'"
    case .call(let callee, let arguments, let broadcast):
        guard let function = juliaText(of: callee, within: .power) else { return nil }
        var positional: [String] = []
        var keywords: [String] = []
        for argument in arguments {
            guard let value = juliaText(of: argument.value, within: nil) else { return nil }
            if let name = argument.name, argument.afterSemicolon {
                keywords.append(name + " = " + value)
            } else if argument.afterSemicolon {
                keywords.append(value)
            } else if let name = argument.name {
                positional.append(name + " = " + value)
            } else {
                positional.append(value)
            }
        }
        let inner = positional.joined(separator: ", ") + (keywords.isEmpty ? "" : "; " + keywords.joined(separator: ", "))
        return function + (broadcast ? ".(" : "(") + inner + ")"
    case .index(let base, let indices):
        guard let array = juliaText(of: base, within: .power), let inner = list(indices) else { return nil }
        return array + "[" + inner + "]"
    case .field(let base, let name):
        guard let object = juliaText(of: base, within: .power) else { return nil }
        return object + "." + name
    case .splat(let inner):
        guard let text = juliaText(of: inner, within: .power) else { return nil }
        return text + "..."
    case .typed(let inner, let type):
        guard let text = juliaText(of: inner, within: .power) else { return nil }
        return text + "::" + type
    case .assign(let target, let value):
        guard let t = juliaText(of: target, within: nil), let v = juliaText(of: value, within: nil), outer == nil else {
            return nil
        }
        return t + " = " + v
    case .updateAssign(let op, let dotted, let target, let value):
        guard let t = juliaText(of: target, within: nil), let v = juliaText(of: value, within: nil), outer == nil else {
            return nil
        }
        return t + " " + (dotted ? "." : "") + (op?.spelling ?? "") + "= " + v
    default:
        return nil
    }
}

/// `a + b + c`: Julia parses a chain of `+` (or `*`) as one call with every operand.
private func flattened(_ op: Operator, _ dotted: Bool, _ expr: Expr) -> [Expr] {
    guard case .binary(let inner, let d, let left, let right) = expr.kind, inner == op, d == dotted else { return [expr] }
    if case .binary(.times, false, let coefficient, let name) = expr.kind, case .identifier = name.kind {
        switch coefficient.kind {
        case .integer, .float: return [expr]
        default: break
        }
    }
    return flattened(op, dotted, left) + [right]
}

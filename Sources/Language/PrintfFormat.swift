import Engine
import Foundation

/// Julia's `Printf` format strings (`@printf`, `@sprintf`): `%[flags][width][.precision]conversion`
/// with the flags `-+ 0#`, conversions `d i u o x X e E f F g G c s %`. Numbers are
/// formatted by C's own printf, whose output Julia's Printf matches, except that Julia
/// writes infinities and NaN as `Inf` and `NaN`.
struct PrintfFormat {
    private enum Piece {
        case text(String)
        case spec(Spec)
    }

    private struct Spec {
        var flags: String
        var width: Int?
        var precision: Int?
        var conversion: Character
    }

    private let pieces: [Piece]
    /// How many values the format consumes.
    let count: Int

    init(_ format: String, macro: Macro) throws {
        var pieces: [Piece] = []
        var text = ""
        var chars = Array(format)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { text.append(c); continue }
            if chars.first == "%" {
                chars.removeFirst()
                text.append("%")
                continue
            }
            var spec = Spec(flags: "", width: nil, precision: nil, conversion: " ")
            while let f = chars.first, "-+ 0#".contains(f) { spec.flags.append(f); chars.removeFirst() }
            var digits = ""
            while let d = chars.first, d.isASCII, d.isNumber { digits.append(d); chars.removeFirst() }
            if !digits.isEmpty { spec.width = Int(digits) }
            if chars.first == "." {
                chars.removeFirst()
                digits = ""
                while let d = chars.first, d.isASCII, d.isNumber { digits.append(d); chars.removeFirst() }
                spec.precision = Int(digits) ?? 0
            }
            guard let conversion = chars.popFirst(), "diuoxXeEfFgGcs".contains(conversion) else {
                throw RuntimeError(
                    "\(macro.spelling): the format \(show(.string(format))) has a conversion this notebook does not know; use %d %i %u %o %x %X %e %E %f %F %g %G %c %s or %%",
                    kind: .notSupported)
            }
            guard spec.width.map({ $0 < 10_000 }) ?? true, spec.precision.map({ $0 < 10_000 }) ?? true else {
                throw RuntimeError("\(macro.spelling): a width or precision past 9999 is not supported", kind: .limit)
            }
            spec.conversion = conversion
            if !text.isEmpty { pieces.append(.text(text)); text = "" }
            pieces.append(.spec(spec))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
        self.count = pieces.filter { if case .spec = $0 { return true } else { return false } }.count
    }

    /// The text of `values` formatted; `values.count` must be `count`.
    func format(_ values: [Value], macro: Macro) throws -> String {
        guard values.count == count else {
            throw RuntimeError(
                "\(macro.spelling): the format has \(count) specifier\(count == 1 ? "" : "s") but \(values.count) value\(values.count == 1 ? " was" : "s were") given (ArgumentError)",
                kind: .argument)
        }
        var out = ""
        var next = values.makeIterator()
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .spec(let spec):
                guard let value = next.next() else { break }
                out += try format(value, spec, macro)
            }
        }
        return out
    }

    private func format(_ value: Value, _ spec: Spec, _ macro: Macro) throws -> String {
        switch spec.conversion {
        case "s":
            // Printf.jl measures strings by textwidth, for the padding and the precision
            // alike: code points are written while their widths fit in the precision.
            let text = printString(value)
            let total = try textWidth(text, macro.spelling)
            let shown = spec.precision.map { Swift.min(total, $0) } ?? total
            var budget = shown
            var kept = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                budget -= try textWidth(String(scalar), macro.spelling)
                if budget < 0 { break }
                kept.append(scalar)
            }
            return padded(String(kept), spec, width: shown)
        case "c":
            guard case .char(let c) = value else { throw mismatch(value, spec, macro) }
            return padded(String(c), spec, width: try textWidth(String(c), macro.spelling))
        case "d", "i", "u", "o", "x", "X":
            let n: Int
            switch value {
            case .int(let x): n = x
            case .bool(let b): n = b ? 1 : 0
            case .float(let x) where x.isFinite:
                // Julia's Printf formats a float given to an integer conversion as `%.0f`
                // with the same flags and width (`floatfmt` in stdlib/Printf).
                var asFloat = spec
                asFloat.precision = 0
                return cFormat(asFloat, "f", .float(x))
            default: throw mismatch(value, spec, macro)
            }
            return cFormat(spec, "ll" + String(spec.conversion), .int(n))
        default:
            let x: Double
            switch value {
            case .int(let n): x = Double(n)
            case .float(let f): x = f
            case .bool(let b): x = b ? 1 : 0
            case .host(let constant as IrrationalConstant): x = constant.value
            default: throw mismatch(value, spec, macro)
            }
            if !x.isFinite {
                let sign = x < 0 ? "-" : spec.flags.contains("+") ? "+" : spec.flags.contains(" ") ? " " : ""
                var unzeroed = spec
                unzeroed.flags.removeAll { $0 == "0" }
                return padded(x.isNaN ? "NaN" : sign + "Inf", unzeroed)
            }
            return cFormat(spec, String(spec.conversion), .float(x))
        }
    }

    private func mismatch(_ value: Value, _ spec: Spec, _ macro: Macro) -> RuntimeError {
        RuntimeError(
            "\(macro.spelling): %\(spec.conversion) cannot format \(show(value)) (\(typeName(value))); this notebook formats integers with %d/%x/%o, numbers with %f/%e/%g, characters with %c, anything with %s",
            kind: .argument)
    }

    /// `text` padded to the spec's width; `width` is the columns it takes (textwidth for
    /// %s and %c), its character count otherwise (numbers, which are ASCII).
    private func padded(_ text: String, _ spec: Spec, width measured: Int? = nil) -> String {
        let width = spec.width ?? 0
        let count = measured ?? text.count
        guard count < width else { return text }
        let fill = String(repeating: spec.flags.contains("0") && !spec.flags.contains("-") && spec.conversion != "s" && spec.conversion != "c" ? "0" : " ", count: width - count)
        return spec.flags.contains("-") ? text + fill : fill + text
    }

    private func cFormat(_ spec: Spec, _ conversion: String, _ value: Value) -> String {
        var format = "%" + spec.flags
        if let width = spec.width { format += String(width) }
        if let precision = spec.precision { format += "." + String(precision) }
        format += conversion
        switch value {
        case .int(let n): return String(format: format, n)
        case .float(let x): return String(format: format, x)
        default: return ""
        }
    }
}

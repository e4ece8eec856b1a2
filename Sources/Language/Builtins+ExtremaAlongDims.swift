import Engine

// argmax, argmin, findmax and findmin with `dims` on a matrix: the first largest (or
// smallest) element of each column (dims=1) or row (dims=2), its position as a
// CartesianIndex, the positions together a matrix of them, as Julia gives.

/// A matrix of `CartesianIndex`, as `argmax(A; dims=1)` gives: shown and displayed as
/// Julia shows a `Matrix{CartesianIndex{2}}`, iterated (and mapped) in column-major
/// order with its shape, and compared with `.==` element by element.
final class CartesianIndexMatrix: HostObject {
    let rows: Int
    let columns: Int
    /// Column-major.
    let elements: [CartesianIndex]

    init(rows: Int, columns: Int, elements: [CartesianIndex]) {
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    private var elementType: String { "CartesianIndex{\(elements.first?.indices.count ?? 2)}" }
    var juliaTypeName: String { "Matrix{\(elementType)}" }

    private func at(_ r: Int, _ c: Int) -> CartesianIndex { elements[c * rows + r] }

    /// `CartesianIndex{2}[a b; c d]`, with Julia's `;;` for a single column.
    func show() -> String {
        let lines = (0..<rows).map { r in (0..<columns).map { at(r, $0).show() }.joined(separator: " ") }
        let closing = columns == 1 ? ";;" : ""
        return elementType + "[" + lines.joined(separator: "; ") + closing + "]"
    }

    /// The REPL's view: a header, then the rows two spaces apart, each entry left-aligned
    /// and padded to its column's width but in the last column, as print_matrix_row
    /// lays out objects that are not numbers (`alignment(io, x::Any) = (0, width)`).
    func display(width: Int, height: Int) -> String {
        let texts = (0..<rows).map { r in (0..<columns).map { at(r, $0).show() } }
        let widths = (0..<columns).map { c in texts.map { $0[c].count }.max() ?? 0 }
        let lines = texts.map { row in
            " " + zip(row, widths).enumerated().map { c, entry in
                c == columns - 1 ? entry.0 : entry.0 + String(repeating: " ", count: entry.1 - entry.0.count)
            }.joined(separator: "  ")
        }
        return "\(rows)×\(columns) \(juliaTypeName):\n" + lines.joined(separator: "\n")
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for element in elements where try !body(.host(element)) { return }
    }

    var length: Int? { elements.count }
    var shape: [Int]? { [rows, columns] }

    func element(at index: Int) -> Value? {
        index >= 1 && index <= elements.count ? .host(elements[index - 1]) : nil
    }

    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? CartesianIndexMatrix, other.rows == rows, other.columns == columns else { return false }
        return zip(elements, other.elements).allSatisfy { $0.isEqual(to: $1) }
    }

    /// `I .== J` (and `.!=`) of two such matrices of one shape: a Bool matrix.
    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        guard dotted, op == .equal || op == .notEqual, case .host(let object as CartesianIndexMatrix) = other else { return nil }
        guard object.rows == rows, object.columns == columns else {
            throw RuntimeError(
                "arrays could not be broadcast to a common size: \(rows)×\(columns) and \(object.rows)×\(object.columns) (DimensionMismatch)",
                kind: .dimensionMismatch)
        }
        let same = zip(elements, object.elements).map { $0.isEqual(to: $1) == (op == .equal) ? 1.0 : 0.0 }
        return .array(ArrayBox(try Tensor(shape: [rows, columns], scalars: same), elementType: .bool))
    }
}

/// Which of findmax's answers a builtin gives.
enum ExtremaAnswer {
    /// argmax/argmin: the positions.
    case positions
    /// findmax/findmin: (values, positions).
    case valuesAndPositions
}

extension Runtime {
    /// The first largest (or smallest) element along `dims` of a matrix, as Julia's
    /// findmax finds it: NaN beats every number, -0.0 is below 0.0, and the first of
    /// equal elements wins.
    func extremaAlongDims(_ args: Arguments, dims: Value, largest: Bool, giving answer: ExtremaAnswer) throws -> Value {
        guard case .int(let d) = dims, d == 1 || d == 2 else {
            throw RuntimeError("\(args.function): dims must be 1 or 2 here; other dims are not supported", kind: .notSupported)
        }
        guard args.count == 1, let (v, type) = try operand(args[0]), v.value.rank == 2 else {
            throw RuntimeError("\(args.function) with dims is supported for a matrix only, got \(describeType(args[0]))", kind: .notSupported)
        }
        let x = v.value
        let (rows, columns) = (x.size(0), x.size(1))
        guard rows > 0, columns > 0 else {
            throw RuntimeError("\(args.function): the matrix is empty (ArgumentError)", kind: .argument)
        }
        func beats(_ candidate: Double, _ best: Double) -> Bool {
            if best.isNaN { return false }
            if candidate.isNaN { return true }
            if candidate == best { return candidate.sign != best.sign && (candidate.sign == .minus) != largest }
            return largest ? candidate > best : candidate < best
        }
        let outer = d == 1 ? columns : rows
        let inner = d == 1 ? rows : columns
        var values: [Double] = []
        var positions: [CartesianIndex] = []
        for o in 0..<outer {
            var best = 0
            for i in 1..<inner {
                let (candidate, current) = d == 1 ? (x.scalars[o * rows + i], x.scalars[o * rows + best]) : (x.scalars[i * rows + o], x.scalars[best * rows + o])
                if beats(candidate, current) { best = i }
            }
            values.append(d == 1 ? x.scalars[o * rows + best] : x.scalars[best * rows + o])
            positions.append(CartesianIndex(d == 1 ? [best + 1, o + 1] : [o + 1, best + 1]))
        }
        let shape = d == 1 ? [1, columns] : [rows, 1]
        let matrix = Value.host(CartesianIndexMatrix(rows: shape[0], columns: shape[1], elements: positions))
        switch answer {
        case .positions: return matrix
        case .valuesAndPositions:
            return .tuple([.array(ArrayBox(try Tensor(shape: shape, scalars: values), elementType: type)), matrix])
        }
    }
}

// Growing and shrinking a vector in place, for the notebook's `push!`, `append!` and
// `pop!`. Rebuilding the vector on every call copied all its elements, so n pushes
// took O(n²) (40,000 took 2.9 s); appending to the elements' array in place grows it
// geometrically, amortised O(1) per element as Julia's `push!` is.

extension Tensor {
    /// Appends `elements` to a vector.
    /// - Throws: `EngineError.invalidShape` unless the tensor is a vector, and
    ///   `EngineError.tooLarge` past `maximumElementCount`; the tensor is unchanged then.
    public mutating func append(contentsOf elements: [Double]) throws {
        guard rank == 1 else {
            throw EngineError.invalidShape(operation: "append", shape: shape, reason: "is not a vector")
        }
        let (total, overflow) = count.addingReportingOverflow(elements.count)
        guard !overflow, total <= Tensor.maximumElementCount else { throw EngineError.tooLarge(shape: [total]) }
        scalars.append(contentsOf: elements)
        self = Tensor(unchecked: [total], scalars)
    }

    /// Removes and returns a vector's last element, or nil when it is empty.
    /// - Throws: `EngineError.invalidShape` unless the tensor is a vector.
    public mutating func removeLast() throws -> Double? {
        guard rank == 1 else {
            throw EngineError.invalidShape(operation: "removeLast", shape: shape, reason: "is not a vector")
        }
        guard let last = scalars.popLast() else { return nil }
        self = Tensor(unchecked: [scalars.count], scalars)
        return last
    }
}

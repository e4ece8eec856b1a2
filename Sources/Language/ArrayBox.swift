import Engine

/// A numeric array shared by every variable that holds it.
///
/// Some arrays share another array's memory, as Julia's do: `A'`, `transpose(A)` and
/// `adjoint(A)` (an `Adjoint`/`Transpose` wrapping A), `reshape(A, dims)` and `vec(A)`
/// (an `Array` on A's data). Such a box keeps its parent and how its elements sit there
/// (`Sharing`), and `tensor` is the one way in: a read gathers the elements again when
/// the parent was written since, and a write goes back into the parent. Every write
/// bumps `version`, which is how the arrays derived from this one know to gather again;
/// a derived box's own parent may be derived too, and each level checks the one above.
public final class ArrayBox {
    /// The elements: the box's own, or, for a derived box, its parent's as last gathered.
    public var tensor: Tensor {
        _read {
            if source != nil { synchronise() }
            yield storage
        }
        // `_modify`, not get/set, so that `box.tensor.assignSlice(...)` writes a unique
        // buffer in place instead of copying the whole array for each element written.
        _modify {
            if source != nil { synchronise() }
            version &+= 1
            defer { if source != nil { writeBack() } }
            yield &storage
        }
    }
    public var elementType: ElementType
    /// The Julia type that holds these elements when it is not a plain `Array`.
    public var wrapper: ArrayWrapper

    private var storage: Tensor
    /// Bumped on every write through `tensor` and every gather from a parent.
    private(set) var version = 0
    /// The array whose memory this one shares, when it does.
    private var source: Source?
    /// Set once `reshape`/`vec` made another array on this one's memory: Julia's
    /// `isshared` flag, after which resizing this array is refused (src/array.c).
    private(set) var hasSharedData = false
    /// The range this box stands for, as the parent of `r'` or `reshape(r, dims)`: never
    /// shown as an array of its own, and never written (a range cannot be changed).
    private(set) var standsFor: RangeValue?
    /// Whether the array stands for a range or is derived from one, so cannot be written.
    /// Fixed when the box is made (a box's parent never changes), so checking it on every
    /// write costs no exclusivity check.
    let isReadOnly: Bool

    private struct Source {
        let parent: ArrayBox
        let sharing: Sharing
        /// The parent's version the elements were gathered at.
        var seen: Int
    }

    public init(_ tensor: Tensor, elementType: ElementType = .float64, wrapper: ArrayWrapper = .none) {
        self.storage = tensor
        self.elementType = elementType
        self.wrapper = wrapper
        self.isReadOnly = false
    }

    /// An array on `parent`'s memory, its elements laid out there as `sharing` says.
    init(sharing: Sharing, of parent: ArrayBox, wrapper: ArrayWrapper = .none) throws {
        self.storage = try sharing.gather(parent.tensor)
        self.elementType = parent.elementType
        self.wrapper = wrapper
        self.source = Source(parent: parent, sharing: sharing, seen: parent.version)
        self.isReadOnly = parent.isReadOnly
        if case .reshaped = sharing, !parent.isReadOnly {
            parent.hasSharedData = true
            hasSharedData = true
        }
    }

    /// The box a range's `r'` wraps: the range's elements, read-only.
    init(standingFor range: RangeValue, _ tensor: Tensor) {
        self.storage = tensor
        self.elementType = range.isIntegral ? .int64 : .float64
        self.wrapper = .none
        self.standsFor = range
        self.isReadOnly = true
    }

    /// The array whose memory this one shares, and how; nil for an array on its own.
    var parent: (box: ArrayBox, sharing: Sharing)? { source.map { ($0.parent, $0.sharing) } }

    /// Whether the array shares another's memory.
    var isDerived: Bool { source != nil }

    /// The element at a linear (0-based) position as a language value of the array's type.
    func element(at offset: Int) -> Value {
        .number(tensor.scalars[offset], as: elementType)
    }

    /// Refuses a write into an array that wraps a range, as `r'` and `reshape(r, dims)` do.
    func checkWritable() throws {
        if isReadOnly {
            throw RuntimeError("ranges cannot be changed, nor an adjoint, transpose or reshape of one; collect(r) makes an array you can change", kind: .method)
        }
    }

    /// Writes one element at a linear (0-based) position, already checked to be in range.
    /// Through a derived box it goes straight to the parent's element, not the whole
    /// array back, so a loop writing through `A'` stays linear.
    func store(_ x: Double, at offset: Int) throws {
        guard let source else {
            try tensor.assignSlice([.at(offset)], Tensor(x))
            return
        }
        synchronise()
        guard self.source != nil, let target = source.sharing.parentOffset(of: offset, parentShape: source.parent.tensor.shape) else {
            try tensor.assignSlice([.at(offset)], Tensor(x))
            return
        }
        try source.parent.store(x, at: target)
        try storage.assignSlice([.at(offset)], Tensor(x))
        version &+= 1
        self.source?.seen = source.parent.version
    }

    /// Called before `push!`, `pop!`, `resize!` and the like change a vector's length.
    /// Julia refuses to resize an array whose data a `reshape`/`vec` shares; an array made
    /// by `reshape` takes a copy of its data first and is on its own from then on
    /// (src/array.c: `array_try_unshare`, "cannot resize array with shared data").
    func prepareToResize() throws {
        if wrapper == .bitArray, hasSharedData {
            // A BitArray's reshape shares its chunks vector, which Julia resizes with it
            // (bitarray.jl), so both keep sharing: not what the rule for Arrays gives.
            throw RuntimeError("resizing a BitVector whose data a reshape or vec shares is not supported; copy it first", kind: .notSupported)
        }
        if let source, case .picked = source.sharing {
            throw RuntimeError("MethodError: a view (SubArray) cannot be resized; copy it first", kind: .method)
        }
        if let source, case .reshaped = source.sharing {
            synchronise()
            self.source = nil
            hasSharedData = false
            return
        }
        try checkWritable()
        if hasSharedData { throw RuntimeError("cannot resize array with shared data", kind: .error) }
    }

    /// A copy that shares nothing: an `Array` of the same elements (the wrapper kept only
    /// for a BitArray, whose copy is a BitArray).
    func detachedCopy() -> ArrayBox {
        ArrayBox(tensor, elementType: elementType, wrapper: wrapper == .bitArray ? .bitArray : .none)
    }

    /// Gathers the elements again when the parent changed since the last gather.
    private func synchronise() {
        guard let source else { return }
        let parentTensor = source.parent.tensor
        guard source.parent.version != source.seen else { return }
        // Only a parent whose shape no longer fits (which resizing refuses) fails to
        // gather; the box then keeps its elements and stands alone.
        if let gathered = try? source.sharing.gather(parentTensor) {
            storage = gathered
            version &+= 1
            self.source?.seen = source.parent.version
        } else {
            self.source = nil
        }
    }

    /// Writes the elements back into the parent.
    private func writeBack() {
        guard let source else { return }
        do {
            try source.sharing.scatter(storage, into: &source.parent.tensor)
            self.source?.seen = source.parent.version
        } catch {
            self.source = nil
        }
    }
}

extension ArrayBox {
    /// A copy for `deepcopy` or a workspace snapshot, made through `copies` so that a
    /// box reached twice is copied once. An `Adjoint` is copied with a copy of its parent,
    /// as Julia's deepcopy copies the wrapper's field; arrays that share data by
    /// `reshape` keep sharing in a snapshot (`keepingSharedData`) but not in `deepcopy`,
    /// which copies each Array's data on its own.
    func deepCopy(_ copies: inout [ObjectIdentifier: ArrayBox], keepingSharedData: Bool) -> ArrayBox {
        if let done = copies[ObjectIdentifier(self)] { return done }
        let fresh: ArrayBox
        // Only Arrays sharing data by reshape are copied apart by deepcopy; a wrapper or
        // view is a struct whose parent field deepcopy copies (once).
        if let source, keepingSharedData || source.sharing.isWrapper || source.parent.isReadOnly,
            let derived = try? ArrayBox(sharing: source.sharing, of: source.parent.deepCopy(&copies, keepingSharedData: keepingSharedData), wrapper: wrapper)
        {
            fresh = derived
        } else {
            fresh = standsFor.map { ArrayBox(standingFor: $0, tensor) } ?? ArrayBox(tensor, elementType: elementType, wrapper: wrapper)
            if keepingSharedData { fresh.hasSharedData = hasSharedData }
        }
        copies[ObjectIdentifier(self)] = fresh
        return fresh
    }
}

/// How an array that shares another's memory finds its elements there.
enum Sharing: Equatable {
    /// `A'`, `transpose(A)`: a matrix's rows as columns; of a vector, its 1×n row. The
    /// shape follows the parent's, so `v'` grows with `push!(v, x)` as Julia's does.
    case transposed
    /// `reshape(A, dims)`, `vec(A)`: the parent's elements in their order, in this shape.
    case reshaped([Int])
    /// A view (`SubArray`) such as an `eachcol` column: the parent's elements at these
    /// linear (0-based) positions, as a vector.
    case picked([Int])

    func gather(_ parent: Tensor) throws -> Tensor {
        switch self {
        case .transposed: return try parent.transposed()
        case .reshaped(let shape): return try parent.reshaped(shape)
        case .picked(let positions): return try parent.slice([.list(positions)])
        }
    }

    /// Writes `elements`, laid out as `gather` makes them, into `parent`.
    func scatter(_ elements: Tensor, into parent: inout Tensor) throws {
        let back: Tensor
        switch self {
        case .transposed: back = parent.rank == 1 ? try elements.reshaped(parent.shape) : try elements.transposed()
        case .reshaped: back = try elements.reshaped(parent.shape)
        case .picked(let positions):
            guard elements.count == positions.count else {
                throw EngineError.shapeMismatch(operation: "write through a view", left: [positions.count], right: elements.shape)
            }
            var written = parent
            try written.assignSlice([.list(positions)], elements)
            back = written
        }
        guard back.shape == parent.shape else {
            throw EngineError.shapeMismatch(operation: "write through a shared array", left: parent.shape, right: back.shape)
        }
        parent = back
    }

    /// Whether the derived array is a wrapper struct (Adjoint, SubArray) around its parent,
    /// rather than an Array of its own on the parent's data.
    var isWrapper: Bool {
        if case .reshaped = self { return false }
        return true
    }

    /// The parent's linear position of the element at `offset`.
    func parentOffset(of offset: Int, parentShape: [Int]) -> Int? {
        switch self {
        case .reshaped: return offset
        case .picked(let positions): return offset < positions.count ? positions[offset] : nil
        case .transposed:
            guard parentShape.count == 2 else { return offset }
            // This array is n×m for an m×n parent: its element (r, c) is the parent's (c, r).
            let (m, n) = (parentShape[0], parentShape[1])
            guard n > 0 else { return nil }
            return offset / n + (offset % n) * m
        }
    }
}

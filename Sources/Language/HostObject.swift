/// An object of the host program that a program can hold as a value: a BPTT trace,
/// a live plot, a lazy iterator, a model, an optimiser. It says what it is (Julia's
/// type name), how it looks, and, when it can, how to iterate over it, its fields
/// and its length, so the language asks it instead of rebuilding it from
/// named-tuple fields.
///
/// Host objects are shared like arrays (`b = a` names the same object), compared by
/// identity (`===` and `==`), and kept as they are by `deepcopy` and workspace
/// snapshots, since the language cannot copy what it does not know.
public protocol HostObject: AnyObject {
    /// Julia's name for the object's type, as `typeof` shows it: `Base.Iterators.Take{UnitRange{Int64}}`.
    var juliaTypeName: String { get }
    /// The one-line form (`show`, `repr`, inside containers and `print`).
    func show() -> String
    /// The REPL's view; the one-line form unless the object has a richer one.
    func display(width: Int, height: Int) -> String
    /// Calls `body` with each element in turn until it returns false, or throws when
    /// the object cannot be iterated (the default).
    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws
    /// `x.name`, or nil when there is no such field (the default has none).
    func property(_ name: String) -> Value?
    /// The names `propertynames(x)` lists and Tab completion offers.
    var propertyNames: [String] { get }
    /// `length(x)`, or nil when the object has none.
    var length: Int? { get }
    /// `==` and `===`. By default the same object, as for Julia's mutable structs; an
    /// object that is a value in Julia (an index, a range like `Base.OneTo`, a lazy
    /// iterator) compares its contents.
    func isEqual(to other: any HostObject) -> Bool
    /// The integer indices the object stands for inside `A[...]` (a `CartesianIndex`
    /// stands for one per dimension), or nil when it is no index.
    var indexPositions: [Int]? { get }
    /// `x[i]` with a 1-based i, or nil when the object cannot be indexed.
    func element(at index: Int) -> Value?
    /// Whether iterating never ends (`Iterators.cycle`); collecting one is refused.
    var isInfinite: Bool { get }
    /// The dimensions `collect` and comprehensions give the elements, when there are
    /// more than one (`Iterators.product` of two ranges is a matrix); nil otherwise.
    var shape: [Int]? { get }
    /// The number or array the object stands for in arithmetic, indexing, dot calls and
    /// builtins, or nil when it is an object in its own right (the default). AutoGrad's
    /// `Param` is its array, and inside `@diff` that array recorded on the tape.
    func numericValue(_ runtime: any Runtime) throws -> Value?
    /// The array that `.=`, `.-=` and `x[i] = v` write into in place, when the object
    /// stands for one (nil by default).
    var inPlaceStorage: Value? { get }
    /// A copy for `deepcopy` and workspace snapshots, its values copied with `copying`,
    /// or nil to share the object (the default: the language cannot copy what it does
    /// not know).
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)?
    /// `self op other` (or `other op self` when `selfOnLeft` is false) for an operator
    /// the object defines, such as `+` of two CartesianIndex; nil when it has none (the
    /// default), and the operator then says it has no method.
    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value?
}

extension HostObject {
    public func display(width: Int, height: Int) -> String { show() }

    public func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        throw RuntimeError("cannot iterate over a \(juliaTypeName)", kind: .method)
    }

    public func property(_ name: String) -> Value? { nil }
    public var propertyNames: [String] { [] }
    public var length: Int? { nil }
    public func isEqual(to other: any HostObject) -> Bool { self === other }
    public var indexPositions: [Int]? { nil }
    public func element(at index: Int) -> Value? { nil }
    public var isInfinite: Bool { false }
    public var shape: [Int]? { nil }
    public func numericValue(_ runtime: any Runtime) throws -> Value? { nil }
    public var inPlaceStorage: Value? { nil }
    public func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { nil }
    public func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? { nil }
}

import Synchronization

/// How many instances of a class are alive right now.
///
/// Memory tests count what stays alive instead of watching the process's size: a
/// recording or a scope that outlives its use is a leak however much memory the
/// allocator happens to hold, and a count is the same on a loaded machine as on an
/// idle one. `Tape` and the language's `Environment` keep one each; the cost is one
/// relaxed atomic add when an instance is made and one when it goes.
public final class LiveCount: Sendable {
    private let alive = Atomic<Int>(0)

    public init() {}

    /// Called from the counted class's `init`.
    public func made() { alive.add(1, ordering: .relaxed) }

    /// Called from the counted class's `deinit`.
    public func freed() { alive.subtract(1, ordering: .relaxed) }

    /// Instances made and not yet freed.
    public var current: Int { alive.load(ordering: .relaxed) }
}

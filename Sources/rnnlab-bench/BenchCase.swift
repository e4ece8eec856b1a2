/// One benchmark: a piece of work timed in Swift and, when `reference` names one,
/// the same work timed by numpy in `bench/numpy_reference.py` in the same run.
struct BenchCase {
    /// Shown in the report; also the name the numpy script knows the case by.
    let name: String
    /// Floating-point operations per run, when it makes sense to report GFLOP/s.
    let flops: Double?
    /// Prints extra figures of its own (e.g. steps per second), optional.
    var unit: (label: String, perRun: Double)? = nil
    /// Another Swift case doing the same work, to report this one's time as a multiple
    /// of (the interpreter against hand-written Swift).
    var baseline: String? = nil
    /// Does the work once; called repeatedly.
    let run: () throws -> Void

    init(
        name: String, flops: Double?, unit: (label: String, perRun: Double)? = nil, baseline: String? = nil,
        run: @escaping () throws -> Void
    ) {
        self.name = name
        self.flops = flops
        self.unit = unit
        self.baseline = baseline
        self.run = run
    }
}

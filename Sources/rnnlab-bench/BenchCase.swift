/// One benchmark: a piece of work timed in Swift and, when `reference` names one,
/// the same work timed by numpy in `bench/numpy_reference.py` in the same run.
struct BenchCase {
    /// Shown in the report; also the name the numpy script knows the case by.
    let name: String
    /// Floating-point operations per run, when it makes sense to report GFLOP/s.
    let flops: Double?
    /// Does the work once; called repeatedly.
    let run: () throws -> Void
    /// Prints extra figures of its own (e.g. steps per second), optional.
    var unit: (label: String, perRun: Double)? = nil
}

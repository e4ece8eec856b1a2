/// Lets the caller stop a long decomposition part-way (Ctrl-C in the notebook).
///
/// The routines here know nothing of terminals or interpreters: a caller binds a
/// test with `Cancellation.stopping(when:_:)` around its work, and the routines poll it
/// in their outer loops (a column of a reduction, a QR sweep, a Jacobi sweep's pair of
/// columns): a few microseconds' work apart even for large matrices, and cheap
/// against it. A loop that sees the request ends early; the public function that ran
/// it then throws `LinearAlgebraError.interrupted` instead of returning what it had.
/// Without this, `svdvals(rand(2000, 2000))` returned 55 s after Ctrl-C.
public enum Cancellation {
    /// The test in force, bound per thread (and per task) for the duration of a call.
    @TaskLocal static var current: Request?

    /// One caller's test, and whether it has said stop (it may not say so twice).
    final class Request: @unchecked Sendable {
        let shouldStop: () -> Bool
        var stopped = false

        init(_ shouldStop: @escaping () -> Bool) { self.shouldStop = shouldStop }
    }

    /// Runs `body` with `shouldStop` polled by every routine of this module it calls.
    public static func stopping<T>(when shouldStop: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T {
        try $current.withValue(Request(shouldStop)) { try body() }
    }

    /// Whether the caller has asked to stop; once it has, this stays true for the call.
    static var isRequested: Bool {
        guard let request = current else { return false }
        if !request.stopped && request.shouldStop() { request.stopped = true }
        return request.stopped
    }

    /// `isRequested` for other modules' long loops that cannot throw (showing a value).
    public static var isStopRequested: Bool { isRequested }

    /// Throws `.interrupted` when the caller has asked to stop.
    static func check() throws {
        if isRequested { throw LinearAlgebraError.interrupted }
    }
}

import Testing
@testable import Engine

/// Comparison of computed numbers with references, reporting the worst error found.
///
/// The error of one element is `|actual - expected| / max(|expected|, floor)`:
/// purely relative when `floor` is 0 (the default), and absolute below `floor`.
/// Identical values (infinities included) have error 0; NaN anywhere is an
/// infinite error, so it always fails.
enum Closeness {
    static func error(_ actual: Double, _ expected: Double, floor: Double = 0) -> Double {
        if actual == expected { return 0 }
        if actual.isNaN || expected.isNaN { return .infinity }
        let scale = Swift.max(Swift.abs(expected), floor)
        return scale == 0 ? .infinity : Swift.abs(actual - expected) / scale
    }

    static func worst(_ actual: [Double], _ expected: [Double], floor: Double = 0) -> Double {
        var worst = 0.0
        for (a, e) in zip(actual, expected) { worst = Swift.max(worst, error(a, e, floor: floor)) }
        return worst
    }

    /// Prints a measured figure so the run's log holds the worst errors per check;
    /// with a floor, the purely relative figure is printed beside it for comparison.
    static func report(_ what: String, _ value: Double, pureRelative: Double? = nil) {
        if let pure = pureRelative {
            print("measured \(what): worst error \(value) (purely relative \(pure))")
        } else {
            print("measured \(what): worst error \(value)")
        }
    }
}

/// Expects `actual` to have `expected`'s shape and every element within `tolerance`.
/// Returns the worst error (0 when the shapes differ, which is itself a failure).
@discardableResult
func expectClose(
    _ actual: Tensor, _ expected: Tensor, tolerance: Double = 1e-12, floor: Double = 0,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) -> Double {
    guard actual.shape == expected.shape else {
        Issue.record(
            "\(what): shape \(shapeText(actual.shape)), expected \(shapeText(expected.shape))",
            sourceLocation: sourceLocation)
        return 0
    }
    let worst = Closeness.worst(actual.scalars, expected.scalars, floor: floor)
    #expect(
        worst <= tolerance, "\(what): worst error \(worst) > \(tolerance)\n got \(actual)\n want \(expected)",
        sourceLocation: sourceLocation)
    Closeness.report(what, worst, pureRelative: floor > 0 ? Closeness.worst(actual.scalars, expected.scalars) : nil)
    return worst
}

@discardableResult
func expectClose(
    _ actual: Double, _ expected: Double, tolerance: Double = 1e-12, floor: Double = 0,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) -> Double {
    let e = Closeness.error(actual, expected, floor: floor)
    #expect(e <= tolerance, "\(what): got \(actual), want \(expected) (error \(e))", sourceLocation: sourceLocation)
    Closeness.report(what, e)
    return e
}

/// Expects `body` to throw an `EngineError` whose message contains every one of
/// `fragments` (typically the shapes involved, written as Julia writes them).
func expectEngineError(
    mentioning fragments: [String], sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected an EngineError mentioning \(fragments), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as EngineError {
        let message = error.description
        for fragment in fragments {
            #expect(message.contains(fragment), "message \"\(message)\" does not mention \(fragment)",
                    sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("expected an EngineError, got \(error)", sourceLocation: sourceLocation)
    }
}

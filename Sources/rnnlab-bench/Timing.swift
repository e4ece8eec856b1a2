/// Seconds `body` takes, by the monotonic clock.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let d = try ContinuousClock().measure(body)
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

/// Iterations per second of a training loop, measured as bench/py_worker.py's
/// `chunked_rate` does: two warm-up iterations, a chunk size doubled until a chunk
/// takes 50 ms, then chunks until `budget` seconds have passed; the median chunk rate.
func chunkedRate(budget: Double, _ train: (Int) throws -> Void) throws -> (rate: Double, samples: Int) {
    try train(2)
    var chunk = 1
    while try secondsTaken({ try train(chunk) }) < 0.05 && chunk < 4096 { chunk *= 2 }
    var rates: [Double] = []
    var spent = 0.0
    while spent < budget || rates.count < 3 {
        let s = try secondsTaken { try train(chunk) }
        rates.append(Double(chunk) / s)
        spent += s
    }
    return (median(rates), rates.count)
}

/// Median seconds of one run of `body` after a warm-up run, over at least three runs
/// and `budget` seconds (bench/py_worker.py's `median_seconds`).
func medianSeconds(budget: Double, _ body: () throws -> Void) throws -> (seconds: Double, samples: Int) {
    try body()
    var samples: [Double] = []
    var spent = 0.0
    while spent < budget || samples.count < 3 {
        let s = try secondsTaken(body)
        samples.append(s)
        spent += s
    }
    return (median(samples), samples.count)
}

/// numpy's median: the middle value, or the mean of the two middle values.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let m = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
}

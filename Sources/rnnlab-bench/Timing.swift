/// Median seconds per run of `body`, after one warm-up run. The number of runs grows
/// until the total passes `budget` seconds, so fast cases are timed many times.
func medianSeconds(budget: Double = 0.5, maxRuns: Int = 200, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    try body()
    var samples: [Double] = []
    var total = 0.0
    while (total < budget || samples.count < 3) && samples.count < maxRuns {
        let d = try clock.measure(body)
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        samples.append(s)
        total += s
    }
    samples.sort()
    return samples[samples.count / 2]
}

// One named sequence of points for line and scatter plots.

/// A data series: `y` values, optional `x` values (1, 2, 3, … when absent, as in
/// Julia), and the name shown in the legend (no legend entry when empty).
public struct Series: Sendable {
    public var name: String
    public var x: [Double]?
    public var y: [Double]

    public init(_ y: [Double], x: [Double]? = nil, name: String = "") {
        self.y = y
        self.x = x
        self.name = name
    }

    /// Number of usable (x, y) pairs: extra values of the longer array are ignored.
    var count: Int { x.map { min($0.count, y.count) } ?? y.count }

    func point(_ i: Int) -> (x: Double, y: Double) {
        (x.map { $0[i] } ?? Double(i + 1), y[i])
    }
}

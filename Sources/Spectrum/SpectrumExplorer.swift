import ComplexModule
import Engine
import JuliaMath
import LinearAlgebra
import LiveView
import TermPlot

/// The spectrum explorer: a square matrix W scaled so that its spectral radius is
/// ρ, drawn as its eigenvalues against the unit circle and as the norm of a
/// gradient carried back t steps, for the linear backward map `dh ← Wᵀ dh` and for
/// the tanh one (`h_{t+1} = tanh(W h_t)` from a fixed h_0). Keys move ρ, the horizon
/// T, or swap the matrix; every curve comes from LinearAlgebra's `gradientNorms`.
///
/// Scaling W by c scales every eigenvalue by c, so the eigenvalues are found once
/// per matrix and only scaled afterwards: a key press costs three passes of T
/// matrix–vector products, not an eigenvalue problem.
public struct SpectrumExplorer: LiveView {
    /// Where the matrix being scaled came from: the one given, or one `o` or `r` made.
    public enum Origin: Sendable, Equatable {
        case given, orthogonal, random

        /// Its one-letter name in the frame's header (as wide as W, so every frame
        /// keeps its width): the given matrix is the learner's W.
        public var label: String {
            switch self {
            case .given: return "W"
            case .orthogonal: return "Q"
            case .random: return "R"
            }
        }

        /// What the letter stands for, for a sentence about the result.
        public var meaning: String {
            switch self {
            case .given: return "the matrix you gave"
            case .orthogonal: return "the orthogonal matrix o made"
            case .random: return "the random matrix r made"
            }
        }
    }

    /// The matrix as given (or as the last `o` or `r` made it), before scaling.
    public private(set) var base: Tensor
    /// Which of those `base` is: after `o` or `r` the result is no longer a multiple of W.
    public private(set) var origin = Origin.given
    /// Its eigenvalues and spectral radius.
    private(set) var baseEigenvalues: [Complex<Double>]
    public private(set) var baseRadius: Double
    /// ρ when the matrix was given; presses move from here.
    public private(set) var startRadius: Double
    /// How far the presses have moved ρ, in hundredths (so that k presses are
    /// exactly k steps, without rounding drift).
    public private(set) var offset = 0
    /// T: how many steps back the gradient is carried.
    public private(set) var horizon: Int
    /// The fixed start of the tanh forward pass (one per matrix size).
    private var h0: [Double]
    private var rng: RandomSource

    /// ρ moves by this many hundredths per ← or →, and by one with Shift or `,`/`.`.
    public static let step = 5
    public static let radiusRange = 0.01...5.0
    public static let horizonStep = 10
    public static let horizonRange = 10...500

    /// - Parameters:
    ///   - matrix: a square matrix with a nonzero spectral radius.
    ///   - horizon: T, the steps the gradient is carried back.
    ///   - seed: for the tanh pass's h_0 and for the matrices `o` and `r` make.
    public init(_ matrix: Tensor, horizon: Int = 60, seed: UInt64 = 1) throws {
        rng = RandomSource(seed: seed)
        base = matrix
        baseEigenvalues = []
        baseRadius = 0
        startRadius = 0
        self.horizon = min(max(horizon, Self.horizonRange.lowerBound), Self.horizonRange.upperBound)
        h0 = []
        try replace(with: matrix)
    }

    private mutating func replace(with matrix: Tensor) throws {
        let values = try eigvals(matrix)
        // |λ| as Julia's abs: hypot of the parts, correctly rounded (swift-numerics' length is not).
        let radius = values.reduce(0) { max($0, Julia.complexAbs($1.real, $1.imaginary)) }
        guard radius > 0, radius.isFinite else {
            throw LinearAlgebraError.invalidArgument(
                operation: "explore", reason: "the matrix has spectral radius 0, so no multiple of it has another radius")
        }
        base = matrix
        baseEigenvalues = values
        baseRadius = radius
        startRadius = radius
        offset = 0
        let n = matrix.size(0)
        if h0.count != n { h0 = (0..<n).map { _ in rng.normal() } }
    }

    public var size: Int { base.size(0) }
    /// The spectral radius shown now.
    public var radius: Double { startRadius + Double(offset) / 100 }
    /// The factor W is scaled by.
    public var scale: Double { radius / baseRadius }
    /// W scaled to spectral radius ρ: what `q` leaves in `ans`.
    public var matrix: Tensor { base * scale }

    /// ‖dh‖ after 0, 1, …, T steps back through Wᵀ.
    public func linearNorms() throws -> [Double] { try gradientNorms(matrix, steps: horizon) }

    /// ‖dh‖ after 0, 1, …, T steps back through Wᵀ and tanh's derivative, along the
    /// states of `h_{t+1} = tanh(W h_t)` from h_0.
    public func tanhNorms() throws -> [Double] {
        let w = matrix
        return try gradientNorms(w, steps: horizon, hiddenStates: try forwardStates(w))
    }

    /// The states the tanh curve walks back along, for tests.
    public func forwardStatesForTesting() throws -> Tensor { try forwardStates(matrix) }

    /// h_1 … h_T as the columns of an n×T matrix.
    func forwardStates(_ w: Tensor) throws -> Tensor {
        let n = size
        var states = [Double](repeating: 0, count: n * horizon)
        var h = h0
        var next = [Double](repeating: 0, count: n)
        w.scalars.withUnsafeBufferPointer { a in
            for t in 0..<horizon {
                for i in 0..<n { next[i] = 0 }
                // Column by column: W is stored column-major.
                for j in 0..<n {
                    let x = h[j]
                    if x == 0 { continue }
                    for i in 0..<n { next[i] += a[j * n + i] * x }
                }
                for i in 0..<n {
                    h[i] = Julia.tanh(next[i])  // Julia's tanh, as the notebook's own
                    states[t * n + i] = h[i]
                }
            }
        }
        return try Tensor(shape: [n, horizon], scalars: states)
    }

    // MARK: Keys

    public mutating func press(_ key: Key) -> KeyResponse {
        switch key {
        case .right: return moveRadius(by: Self.step)
        case .left: return moveRadius(by: -Self.step)
        case .shiftRight, .character("."), .character(">"): return moveRadius(by: 1)
        case .shiftLeft, .character(","), .character("<"): return moveRadius(by: -1)
        case .up, .shiftUp: return moveHorizon(by: Self.horizonStep)
        case .down, .shiftDown: return moveHorizon(by: -Self.horizonStep)
        case .character("o"):
            guard let q = try? orthogonal(size, rng: &rng), (try? replace(with: q)) != nil else { return .unchanged }
            origin = .orthogonal
            return .redraw
        case .character("r"):
            let n = size
            let sd = 1 / Double(n).squareRoot()
            guard let w = try? Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in sd * rng.normal() }),
                  (try? replace(with: w)) != nil
            else { return .unchanged }
            origin = .random
            return .redraw
        case .character("q"), .escape, .enter, .control(4): return .leave
        default: return .unchanged
        }
    }

    private mutating func moveRadius(by hundredths: Int) -> KeyResponse {
        let target = startRadius + Double(offset + hundredths) / 100
        guard Self.radiusRange.contains(target) else { return .unchanged }
        offset += hundredths
        return .redraw
    }

    private mutating func moveHorizon(by steps: Int) -> KeyResponse {
        let target = horizon + steps
        guard Self.horizonRange.contains(target) else { return .unchanged }
        horizon = target
        return .redraw
    }

    // MARK: The frame

    public func frame(_ style: ViewStyle) -> String {
        let u = style.unicode
        let (rho, bar, sep, dots) = u ? ("ρ", "‖", " · ", "…") : ("rho", "|", " - ", "...")
        let n = size
        var head = style.bold("Spectrum explorer: \(n)×\(n) matrix, \(rho) = \(fixed(radius, 2))")
        head += " (\(origin.label) × \(fixed(scale, 3)))"
        let keys = u
            ? "←/→ \(rho) ∓0.05\(sep)Shift or ,/. ∓0.01\(sep)↑/↓ T ±10\(sep)o orthogonal\(sep)r random\(sep)q leave"
            : "left/right \(rho) -/+0.05\(sep), . -/+0.01\(sep)up/down T\(sep)o orthogonal\(sep)r random\(sep)q leave"
        let footer = wrapped(style.dim(keys), width: style.columns)
        let linear = (try? linearNorms()) ?? []
        let withTanh = (try? tanhNorms()) ?? []
        var summary = "after T = \(horizon) steps back: \(bar)dh\(bar) = \(scientific(linear.last)) linear, \(scientific(withTanh.last)) with tanh"
        if visibleWidth(summary) > style.columns { summary = "T = \(horizon): \(scientific(linear.last)) linear, \(scientific(withTanh.last)) tanh" }
        let room = style.rows - 1 - 2 - footer.count   // head and summary lines
        let beside = style.columns >= 70
        var eig = PlotOptions(width: beside ? (style.columns - 2) / 2 : style.columns, height: 4)
        eig.canvas = u ? .braille : .ascii
        eig.color = style.color
        var curve = eig
        // Each plot has a title, two borders, the x labels and a legend or note.
        let plotHeight = max(3, (beside ? room : room / 2) - 5)
        eig.height = plotHeight
        eig.title = "eigenvalues of W, \(rho) = \(fixed(radius, 2))"
        let c = scale
        let points = Series(baseEigenvalues.map { $0.imaginary * c }, x: baseEigenvalues.map { $0.real * c })
        let eigText = scatterPlot([points], unitCircle: true, options: eig)
        curve.width = beside ? style.columns - eig.width - 2 : style.columns
        curve.height = plotHeight
        curve.yscale = .log10
        curve.title = "\(bar)dh_t\(bar), t = 0 \(dots) \(horizon) steps back"
        curve.xlabel = "t"
        let xs = (0...horizon).map(Double.init)
        let curveText = linePlot([Series(linear, x: xs, name: "linear"), Series(withTanh, x: xs, name: "tanh")], options: curve)
        let plots = beside ? sideBySide(eigText, curveText, leftWidth: eig.width) : eigText + "\n" + curveText
        return ([head, plots, summary] + footer).joined(separator: "\n")
    }

    private func wrapped(_ text: String, width: Int) -> [String] {
        guard visibleWidth(text) > width else { return [text] }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, visibleWidth(line) + 1 + visibleWidth(String(word)) > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        return lines + [line]
    }
}

/// `x` with `digits` decimals.
func fixed(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let scaled = (abs(x) * p).rounded()
    let whole = Int(scaled / p)
    var fraction = String(Int(scaled - Double(whole) * p))
    while fraction.count < digits { fraction = "0" + fraction }
    return (x < 0 && scaled > 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + fraction : "")
}

/// `1.2e-05`-style text, for norms that span many orders of magnitude.
func scientific(_ x: Double?) -> String {
    guard let x else { return "?" }
    guard x.isFinite, x > 0 else { return x == 0 ? "0" : "\(x)" }
    var exponent = Int(Double.log10(x).rounded(.down))
    var mantissa = x / Double.pow(10, Double(exponent))
    if mantissa >= 9.995 { mantissa /= 10; exponent += 1 }
    let sign = exponent < 0 ? "-" : "+"
    let digits = abs(exponent) < 10 ? "0\(abs(exponent))" : "\(abs(exponent))"
    return "\(fixed(mantissa, 2))e\(sign)\(digits)"
}

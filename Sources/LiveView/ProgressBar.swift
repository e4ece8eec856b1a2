/// A progress bar as one line of text, in ProgressMeter.jl's layout:
///
///     Progress:  45%|███████████▍             |  450/1000  ETA: 0:00:04 (130.2 it/s)
///     Progress: 100%|█████████████████████████| 1000/1000  Time: 0:00:07 (142.9 it/s)
///
/// Pure: the caller says how far it is and how long it has taken.
public struct ProgressBar: Sendable, Equatable {
    public let total: Int
    public var label: String

    public init(total: Int, label: String = "Progress") {
        self.total = max(total, 0)
        self.label = label
    }

    /// How a finished bar ended.
    public enum Ending: Sendable, Equatable {
        case finished
        /// Ctrl-C stopped the loop.
        case interrupted
        /// An error stopped the loop.
        case failed
    }

    /// The bar after `done` of `total` iterations and `elapsed` seconds, at most
    /// `width` columns; `ending` gives the final line instead of the running one.
    public func line(done: Int, elapsed: Double, width: Int, unicode: Bool, ending: Ending? = nil) -> String {
        let done = min(max(done, 0), total)
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let percent = Int((fraction * 100).rounded(.down))
        let head = label + ":" + String(repeating: " ", count: max(1, 4 - "\(percent)".count)) + "\(percent)%"
        let digits = "\(total)".count
        let counter = String(repeating: " ", count: max(0, digits - "\(done)".count)) + "\(done)/\(total)"
        let rate = elapsed > 0 && done > 0 ? Double(done) / elapsed : nil
        let speed = rate.map { " (\(Self.rateText($0)))" } ?? ""
        let tail: String
        switch ending {
        case .finished?: tail = "Time: \(Self.clock(elapsed))\(speed)"
        case .interrupted?: tail = "stopped after \(Self.clock(elapsed)) (Ctrl-C)"
        case .failed?: tail = "stopped after \(Self.clock(elapsed)) by an error"
        case nil:
            let eta = rate.map { Self.clock(Double(total - done) / $0) } ?? "?"
            tail = "ETA: \(eta)\(speed)"
        }
        let fixed = head.count + 2 + 1 + counter.count + 2 + tail.count
        let barWidth = min(max(width - fixed, 1), 60)
        return head + "|" + Self.bar(fraction, width: barWidth, unicode: unicode) + "| " + counter + "  " + tail
    }

    /// `width` cells filled to `fraction`, in eighths of a cell with Unicode.
    static func bar(_ fraction: Double, width: Int, unicode: Bool) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded(.down))
        let full = eighths / 8
        guard unicode else {
            return String(repeating: "#", count: full) + String(repeating: " ", count: width - full)
        }
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: full)
        if full < width {
            let rest = eighths % 8
            text += rest == 0 ? " " : String(partials[rest - 1])
            text += String(repeating: " ", count: width - full - 1)
        }
        return text
    }

    /// `h:mm:ss`, as ProgressMeter.jl writes times.
    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let total = Int(min(seconds, 359_999).rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return "\(h):" + (m < 10 ? "0" : "") + "\(m):" + (s < 10 ? "0" : "") + "\(s)"
    }

    /// Iterations per second, or seconds per iteration when slower than one a second.
    static func rateText(_ rate: Double) -> String {
        if rate >= 1 { return "\(oneDecimal(rate)) it/s" }
        return "\(oneDecimal(1 / rate)) s/it"
    }

    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Keeps redraws of something that changes often (a bar, a plot a loop pushes
/// into) to at most one per `interval` seconds, so drawing never slows the loop.
public struct RedrawThrottle: Sendable {
    public let interval: Double
    private var last: Double?

    public init(interval: Double = 0.1) { self.interval = interval }

    /// Whether to draw at time `now` (seconds on any steady clock); the first call
    /// waits one interval from `start`, so a loop that finishes at once draws nothing live.
    public mutating func shouldDraw(at now: Double, start: Double) -> Bool {
        let since = now - (last ?? start)
        guard since >= interval else { return false }
        last = now
        return true
    }
}

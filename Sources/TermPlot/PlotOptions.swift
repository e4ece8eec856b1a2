// The options every plot takes, named as a notebook user would write them
// (`title=`, `xlim=`, `yscale=:log10`, `width=`, `canvas=`, `color=`).

/// Options shared by all plot types. Every field has a default, so a caller sets
/// only what it needs: `PlotOptions(title: "loss", yscale: .log10)`.
public struct PlotOptions: Sendable {
    /// Total width in terminal columns; no line of the plot is ever wider.
    /// Values are brought into 1...1000 (and `height` into 1...500).
    public var width: Int
    /// Rows of the drawing area; title, frame, tick labels and notes come on top.
    /// The front end passes a value derived from the terminal (see `PlotOptions.fitting`).
    public var height: Int
    public var title: String
    public var xlabel: String
    public var ylabel: String
    /// Axis limits as (lower, upper); nil fits the data.
    public var xlim: (Double, Double)?
    public var ylim: (Double, Double)?
    public var xscale: AxisScale
    public var yscale: AxisScale
    public var canvas: CanvasKind
    public var color: ColorMode

    public init(
        width: Int = 72, height: Int = 15, title: String = "", xlabel: String = "", ylabel: String = "",
        xlim: (Double, Double)? = nil, ylim: (Double, Double)? = nil,
        xscale: AxisScale = .linear, yscale: AxisScale = .linear,
        canvas: CanvasKind = .braille, color: ColorMode = .none
    ) {
        self.width = width
        self.height = height
        self.title = title
        self.xlabel = xlabel
        self.ylabel = ylabel
        self.xlim = xlim
        self.ylim = ylim
        self.xscale = xscale
        self.yscale = yscale
        self.canvas = canvas
        self.color = color
    }

    /// Options sized for a terminal of `columns` × `rows`: the full width, and a
    /// drawing area that leaves room for the frame, labels and a prompt.
    public static func fitting(columns: Int, rows: Int) -> PlotOptions {
        PlotOptions(width: max(20, columns), height: max(4, min(rows - 8, 40)))
    }

    /// Width and height brought into a range that can always be drawn, and
    /// drawn without a huge allocation (far beyond any terminal).
    var safeWidth: Int { max(1, min(width, 1_000)) }
    var safeHeight: Int { max(1, min(height, 500)) }
}

import Foundation
import Testing
@testable import TermPlot

/// Eigenvalues of orthogonal matrices sit on the unit circle up to rounding; they
/// must not be marked as outside it (lesson 5 plots exactly that).
@Test func pointsOnTheUnitCircleUpToRoundingAreNotOutside() {
    let angles = (0..<40).map { Double($0) * 0.157 }
    let scale = 1 + 4e-16
    let x = angles.map { cos($0) * scale }, y = angles.map { sin($0) * scale }
    let plot = scatterPlot(x: x, y: y, name: "λ", unitCircle: true, axes: true, options: PlotOptions(width: 60, height: 15))
    #expect(!plot.contains("|z|>1"), "\(plot)")
    let outside = scatterPlot(x: [1.01], y: [0], unitCircle: true, options: PlotOptions(width: 60, height: 15))
    #expect(outside.contains("|z|>1 (1)"))
    #expect(isOutsideUnitCircle(1 + 1e-6, 0))
    #expect(!isOutsideUnitCircle(1 + 1e-12, 0))
}

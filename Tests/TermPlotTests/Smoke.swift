import Testing
@testable import TermPlot

@Test func TermPlotModuleLoads() {
    #expect(Bool(true))
}

import Testing
@testable import LinearAlgebra

@Test func LinearAlgebraModuleLoads() {
    #expect(Bool(true))
}

import Testing
@testable import Engine

@Test func EngineModuleLoads() {
    #expect(Bool(true))
}

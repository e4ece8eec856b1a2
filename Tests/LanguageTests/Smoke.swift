import Testing
@testable import Language

@Test func LanguageModuleLoads() {
    #expect(Bool(true))
}

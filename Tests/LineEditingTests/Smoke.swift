import Testing

@Test func LineEditingPlaceholder() {
    #expect(1 + 1 == 2)
}

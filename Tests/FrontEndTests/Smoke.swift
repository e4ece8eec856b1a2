import Testing

@Test func FrontEndPlaceholder() {
    #expect(1 + 1 == 2)
}

import Testing

@Test func LessonsPlaceholder() {
    #expect(1 + 1 == 2)
}

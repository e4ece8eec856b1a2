import JuliaMath
import Testing

@Suite struct MultiplyAddTests {
    /// 0.1 is not a tenth: 0.1·10 − 1 rounded once is the representation error of 0.1
    /// (2⁻⁵⁴ = 5.55e-17), where a multiply then an add rounds the product to 1 and gives 0.
    @Test func roundsOnce() {
        #expect(muladd(0.1, 10, -1) == 0x1p-54)
        #expect(0.1 * 10 - 1 == 0)
    }
}

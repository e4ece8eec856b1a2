import Testing
@testable import Language

/// Knet's accuracy, mat, SGD and update!, and Julia's range with a length, where the
/// conformance suite's printed cases leave corners unchecked.
@Suite struct KnetHelperTests {
    private func printed(_ source: String) -> [String] {
        let (lines, error) = runProgram(source)
        #expect(error == nil, "\(error ?? "")")
        return lines
    }

    @Test func accuracyTakesTheFirstMaximumLetsNaNWinAndSkipsLabelZero() {
        #expect(printed("""
            s = [1.0 NaN 0.0; 1.0 5.0 0.0; 0.0 1.0 2.0]
            println(accuracy(s, [1, 1, 3]), " ", accuracy(s, [2, 1, 0]; average=false))
            println(accuracy(s', [1, 1, 3]; dims=2))
            """) == ["1.0 (1, 2)", "1.0"])
    }

    @Test func matKeepsTheLeadingDimensionsAsRows() {
        #expect(printed("""
            x = reshape(collect(1.0:24.0), 2, 3, 4)
            println(size(mat(x)), " ", size(mat(x; dims=1)), " ", size(mat(x; dims=3)), " ", mat(x)[5, 2] == x[1, 3, 2])
            """) == ["(6, 4) (2, 12) (24, 1) true"])
    }

    @Test func sgdClipsTheGradientToItsNormBeforeTheStep() {
        #expect(printed("""
            w = [0.0, 0.0]
            update!(w, [3.0, 4.0], SGD(lr = 1.0, gclip = 1.0))
            println(w)
            """) == ["[-0.6000000000000001, -0.8]"])
    }

    /// Julia's `range(a, b, length=n)` (base/twiceprecision.jl `_linspace`): integer ends
    /// make element k the ratio k/(n-1) rounded once; ends that are no short ratio (π)
    /// meet both ends exactly, so the middle of three is π/2, an exact halving.
    @Test func rangeWithALengthHasJuliasElements() {
        #expect(printed("""
            r = range(0, 1, length = 11)
            println(r[4] == 0.3, " ", r, " ", range(0.1, 0.5, length = 5), " ", length(range(-2, 2, 5)))
            println(collect(range(0, 1, length=7)))
            println(collect(range(0, pi, length=3)))
            """) == ["true 0.0:0.1:1.0 0.1:0.1:0.5 5",
                     "[0.0, 0.16666666666666666, 0.3333333333333333, 0.5, 0.6666666666666666, 0.8333333333333334, 1.0]",
                     "[0.0, 1.5707963267948966, 3.141592653589793]"])
        let (_, error) = runProgram("range(0, 1, length=1)")
        #expect(error?.contains("range(0.0, stop=1.0, length=1): endpoints differ") == true, "\(error ?? "no error")")
    }
}

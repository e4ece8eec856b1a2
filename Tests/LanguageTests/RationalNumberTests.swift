import Testing
@testable import Language

/// The exact parts of `Rational{Int64}`: reduction, comparison with floats, and
/// overflow that is an error at the step where Julia's is.
struct RationalNumberTests {
    @Test func fractionsAreReducedWithTheSignOnTheNumerator() throws {
        let cases: [(Int, Int, String)] = [(6, 9, "2//3"), (-4, 8, "-1//2"), (5, -15, "-1//3"), (-4, -12, "1//3"),
                                           (0, -7, "0//1"), (5, 0, "1//0"), (-3, 0, "-1//0"), (Int.max, Int.max, "1//1")]
        for (n, d, shown) in cases { #expect(try RationalNumber.make(n, d).show() == shown, "\(n)//\(d)") }
        #expect(throws: RuntimeError.self) { try RationalNumber.make(0, 0) }
        // -typemin(Int64) does not exist: moving the sign off it is refused, not wrapped.
        #expect(throws: RuntimeError.self) { try RationalNumber.make(1, Int.min) }
    }

    /// Against floats that are exact dyadic fractions, the comparison must agree with
    /// exact integer arithmetic: n/d vs a/2^k is n·2^k vs a·d.
    @Test func comparisonWithAFloatIsExact() throws {
        for n in -9...9 {
            for d in 1...9 {
                let r = try RationalNumber.make(n, d)
                for a in -40...40 {
                    for k in 0...4 {
                        let x = Double(a) / Double(1 << k)
                        let left = r.numerator * (1 << k), right = a * r.denominator
                        let expected = left == right ? 0 : left < right ? -1 : 1
                        #expect(r.compare(x) == expected, "\(r.show()) vs \(x)")
                    }
                }
            }
        }
        let third = try RationalNumber.make(1, 3)
        #expect(third.compare(1.0 / 3.0) == 1)  // Float64(1/3) lies just below 1//3
        #expect(third.compare(.nan) == nil)
        #expect(third.compare(Double.leastNonzeroMagnitude) == 1)
        #expect(try RationalNumber.make(-1, 0).compare(-Double.greatestFiniteMagnitude) == -1)
        #expect(try RationalNumber.make(1, 0).compare(.infinity) == 0)
        let huge = try RationalNumber.make(Int.max, 1)
        #expect(huge.compare(9.223372036854775807e18) == -1)  // the float is 2^63, one more than typemax
    }

    @Test func powersOverflowExactlyWhenTheResultDoesNotFit() throws {
        let two = RationalNumber.integer(2)
        #expect(try two.power(62).show() == "4611686018427387904//1")
        #expect(throws: RuntimeError.self) { try two.power(63) }
        #expect(try two.power(-62).show() == "1//4611686018427387904")
        #expect(try RationalNumber.make(-2, 3).power(5).show() == "-32//243")
        #expect(try RationalNumber.integer(0).power(-1).show() == "1//0")
    }

    @Test func sumsAndProductsReduceBeforeTheyOverflow() throws {
        let a = try RationalNumber.make(Int.max, 2), b = try RationalNumber.make(2, Int.max)
        #expect(try a.multiplied(by: b).show() == "1//1")
        #expect(try a.adding(a, subtract: true).show() == "0//1")
        #expect(throws: RuntimeError.self) { try a.adding(a, subtract: false) }
        let infinity = try RationalNumber.make(1, 0)
        #expect(try infinity.adding(infinity, subtract: false).show() == "1//0")
        #expect(throws: RuntimeError.self) { try infinity.adding(infinity, subtract: true) }
    }
}

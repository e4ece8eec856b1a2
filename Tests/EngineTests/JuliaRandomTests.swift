import Testing
@testable import Engine

/// Julia 1.10's random stream, checked against outputs Julia printed.
///
/// Every expected number below was printed by Julia (the docstrings of stdlib/Random and
/// packages' doctests and tests, each named where it is used), except the SHA-256 and
/// Xoshiro256++ known answers, which come from FIPS 180-4 and from the Xoshiro authors'
/// reference implementation.
@Suite struct JuliaRandomTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    // MARK: Known answers

    @Test func sha256MatchesTheFIPSExamples() {
        // FIPS 180-4's examples (NIST's "SHA256.pdf" and "SHA2_Additional.pdf").
        #expect(Self.hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Two blocks of padding: 56 bytes leave no room for the length in the first.
        #expect(Self.hex(SHA256.digest([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func xoshiro256PlusPlusMatchesTheReferenceImplementation() {
        // From state (1, 2, 3, 4), as produced by Vigna's xoshiro256plusplus.c (the
        // vector rand_xoshiro's tests pin).
        var rng = JuliaXoshiro(state: 1, 2, 3, 4)
        let expected: [UInt64] = [41943041, 58720359, 3588806011781223, 3591011842654386,
                                  9228616714210784205, 9973669472204895162, 14011001112246962877,
                                  12406186145184390807, 15849039046786891736, 10450023813501588000]
        #expect((0..<10).map { _ in rng.next() } == expected)
    }

    // MARK: Seeding and scalars

    @Test func seededScalarsMatchJulia() throws {
        // Random.seed!'s docstring (stdlib/Random/src/Random.jl): seed!(1234); rand(2).
        var rng = try JuliaXoshiro(seed: 1234)
        #expect([rng.uniform(), rng.uniform()] == [0.32597672886359486, 0.5490511363155669])
        // The next 27 scalar rand() after seed!(1234), from a package test that builds
        // ten points of three coordinates each (SVector(rand(), rand(), rand())).
        let more = [0.21858665481883066, 0.8942454282009883, 0.35311164439921205, 0.39425536741585077,
                    0.9531246272848422, 0.7955469475347194, 0.4942498668904206, 0.7484150218874741,
                    0.5782319465613976, 0.7279350012266056, 0.007448006132865004, 0.19937661409915552,
                    0.4392431254532684, 0.6825326622623844, 0.9567409540049077, 0.6478553157718558,
                    0.996665291437684, 0.7491940599574348, 0.11008426115113379, 0.4913831957970459,
                    0.5651453592612876, 0.2538117862083361, 0.626793910352374, 0.23410455326227375,
                    0.1247919570769006, 0.609874865666702, 0.6727928883390367]
        #expect(more.map { _ in rng.uniform() } == more)
        // rand(Xoshiro(42), 3) and rand!(Xoshiro(123), zeros(5)) (Julia's rand! docstring):
        // arrays under 8 elements are scalar draws.
        var x42 = try JuliaXoshiro(seed: 42)
        #expect(x42.uniforms(count: 3) == [0.6293451231426089, 0.4503389405961936, 0.47740714343281776])
        var x123 = try JuliaXoshiro(seed: 123)
        #expect(x123.uniforms(count: 5) == [0.521213795535383, 0.5868067574533484, 0.8908786980927811,
                                            0.19090669902576285, 0.5256623915420473])
    }

    @Test func negativeSeedsAreRefusedAsJulia110Does() {
        #expect(throws: EngineError.self) { try JuliaXoshiro(seed: -1) }
    }

    @Test func wideSeedsHashEveryWord() throws {
        // 2^32 is two words (0, 1); it must not collide with 0 or 1.
        var a = try JuliaXoshiro(seed: 1 << 32), b = try JuliaXoshiro(seed: 0), c = try JuliaXoshiro(seed: 1)
        let x = a.next()
        #expect(x != b.next() && x != c.next())
    }

    // MARK: Bulk arrays

    @Test func uniformArraysOfEightOrMoreTakeTheInterleavedPath() throws {
        // A package test: Random.seed!(1234); rand(10), whose elements 1, 4, 5, 6, 7, 8
        // and 9 it checks (some negated). Element 1 is lane 1's first output, not the
        // scalar 0.32597672886359486: the SIMD fork decides.
        var rng = try JuliaXoshiro(seed: 1234)
        let v = rng.uniforms(count: 10)
        #expect(v[0] == 0.5798621201341324)
        #expect(v[3] == 0.014908849285099945)
        #expect(v[4] == 0.520354993723718)
        #expect(v[5] == 0.6395615996802734)
        #expect(v[6] == 0.8396219340580711)
        #expect(v[7] == 0.967142768915383)
        #expect(v[8] == 0.13102565622085904)
    }

    @Test func normalsMatchJulia() throws {
        // WaveletsExt's doctest and LinearStateSpace tests: seed!(1234); randn(5) (scalar path).
        var rng = try JuliaXoshiro(seed: 1234)
        #expect(rng.normals(count: 5) == [-0.3597289068234817, 1.0872084924285859, -0.4195896169388487,
                                          0.7189099374659392, 0.4202471777937789])
        // randn(Xoshiro(0), 7) twice (a package's test data): 7 is the first size on the
        // bulk path, but 56 bytes are below the SIMD threshold.
        var zero = try JuliaXoshiro(seed: 0)
        #expect(zero.normals(count: 7) == [0.942970533446119, 0.13392275765318448, 1.5250689085124804,
                                           0.12390123120559722, -1.205772284259936, 0.31181717536024806,
                                           -0.23464126496126003])
        #expect(zero.normals(count: 7) == [-1.0873522937105327, 0.4623106804313759, -0.08059308663320504,
                                           -0.8124306879044242, -2.0610343848003203, 0.3130563692286773,
                                           -0.4794303128671186])
        // randn(Xoshiro(42), 8): the SIMD lanes (two packages' doctests and tests).
        var x42 = try JuliaXoshiro(seed: 42)
        #expect(x42.normals(count: 8) == [-0.36335748145177754, 0.2517372155742292, -0.31498797116895605,
                                          -0.31125240132442067, 0.8163067649323273, 0.47673837983187795,
                                          -0.8595553820616212, -1.4692882055065464])
        // Random.seed!(1234); randn(1000): the first ten and last nine, as a doctest shows them.
        var big = try JuliaXoshiro(seed: 1234)
        let y = big.normals(count: 1000)
        #expect(Array(y.prefix(10)) == [0.9706563288552144, -0.9792184115351997, 0.9018608835940937,
                                        -0.03280312924463938, -0.6007922233555612, -1.445177115286233,
                                        2.7074239417157804, 1.5244478634355956, 0.759804020007466,
                                        -0.8814369061964817])
        #expect(Array(y.suffix(9)) == [0.7364167064633866, 0.1919443562483462, 0.764671095596252,
                                       0.4605476610190263, -1.4553495505882335, -0.731679798166314,
                                       -0.4632854431188943, 0.5112192754137074, -1.2911234902314417])
        // randn(Xoshiro(123), Float32) is -0.6457307f0 in Julia's randn docstring: the
        // Float64 draw it rounds.
        var x123 = try JuliaXoshiro(seed: 123)
        #expect(Float(x123.normal()) == -0.6457307)
    }

    @Test func normalTailAndWedgeStayInRange() throws {
        // No Julia output pins a draw that takes the tail or the wedge; this checks only
        // that the branches run and give normals of the right spread.
        var rng = try JuliaXoshiro(seed: 7)
        let v = rng.normals(count: 200_000)
        let mean = v.reduce(0, +) / Double(v.count)
        let variance = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)
        #expect(abs(mean) < 0.01 && abs(variance - 1) < 0.01)
        #expect(v.contains { abs($0) > ZigguratTables.radius })
    }

    // MARK: Ranges, permutations, strings

    @Test func samplersMatchJulia() throws {
        // randperm(Xoshiro(123), 4) (randperm's docstring; the algorithm is the same in 1.10 and 1.12).
        var x123 = try JuliaXoshiro(seed: 123)
        #expect(x123.permutation(4) == [1, 4, 2, 3])
        // Random.seed!(3); randstring() is "Lxz5hUwn" (randstring's docstring): eight picks
        // from 0-9, A-Z, a-z.
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var three = try JuliaXoshiro(seed: 3)
        #expect(String((0..<8).map { _ in alphabet[three.index(below: 62)] }) == "Lxz5hUwn")
        // randstring(Xoshiro(3), 'a':'z', 6) is "iyzcsm" (the same docstring in Julia 1.12).
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var again = try JuliaXoshiro(seed: 3)
        #expect(String((0..<6).map { _ in letters[again.index(below: 26)] }) == "iyzcsm")
        // rand(Xoshiro(1), 2:5) is 2 (a tutorial's REPL session).
        var one = try JuliaXoshiro(seed: 1)
        #expect(one.integer(from: 2, through: 5) == 2)
    }

    @Test func fullRangeAndPermutationsAreWellFormed() throws {
        var rng = try JuliaXoshiro(seed: 5)
        _ = rng.integer(from: Int.min, through: Int.max)
        for n in [0, 1, 2, 3, 4, 5, 8, 9, 17, 100] {
            #expect(rng.permutation(n).sorted() == Array(stride(from: 1, through: n, by: 1)))
            var v = Array(0..<n)
            rng.shuffle(&v)
            #expect(v.sorted() == Array(0..<n))
        }
    }

    @Test func boolArraysUseEveryBitOfADraw() throws {
        // rand(Bool, n): one draw fills 64 Bools below 640; checked against the rule
        // (no Julia output pins it), bit 8b + s of a draw to Bool 8s + b.
        var a = try JuliaXoshiro(seed: 9), b = try JuliaXoshiro(seed: 9)
        let bools = a.bools(count: 70)
        let first = b.next(), second = b.next()
        for i in 0..<64 { #expect(bools[i] == ((first >> UInt64(8 * (i % 8) + i / 8)) & 1 == 1)) }
        for i in 64..<70 { #expect(bools[i] == ((second >> UInt64(8 * (i - 64))) & 1 == 1)) }
        #expect(a == b)
    }
}

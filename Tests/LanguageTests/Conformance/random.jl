# Julia 1.10's default random stream: seeded outputs that Julia printed. Each case names
# where the output comes from: the docstrings of stdlib/Random (Julia 1.10, or 1.12 where
# the function's code is unchanged since 1.10), and doctests, tests and tutorials of
# packages that show what `Random.seed!(n)` or `Xoshiro(n)` gave. A case that writes a
# call differently from its source (zeros(2, 5) for a Fill of strings, a string of
# letters for 'a':'z') draws the same numbers the same way, and says so.

# case: Random.seed! — the docstring: seed!(1234); rand(2), twice, and Xoshiro(1234) agrees
using Random
Random.seed!(1234);
x1 = rand(2)
display(x1)
Random.seed!(1234);
x2 = rand(2)
println(x1 == x2)
rng = Xoshiro(1234); println(rand(rng, 2) == x1)
println(Xoshiro(1) == Random.seed!(rng, 1))
# expect: 2-element Vector{Float64}:
# expect:  0.32597672886359486
# expect:  0.5490511363155669
# expect: true
# expect: true
# expect: true

# case: Xoshiro — the docstring: rand(Xoshiro(1234), 2)
rng = Xoshiro(1234);
display(rand(rng, 2))
# expect: 2-element Vector{Float64}:
# expect:  0.32597672886359486
# expect:  0.5490511363155669

# case: Random.seed! — returns the task-local generator, which rand and randn accept (a package doctest: randn(rng, size(wave)))
rng = Random.seed!(0)
display(rng)
display(randn(rng, (5,)))
# expect: TaskLocalRNG()
# expect: 5-element Vector{Float64}:
# expect:   0.942970533446119
# expect:   0.13392275765318448
# expect:   1.5250689085124804
# expect:   0.12390123120559722
# expect:  -1.205772284259936

# case: randstring — the docstring: Random.seed!(3); randstring()
Random.seed!(3); display(randstring())
# expect: "Lxz5hUwn"

# case: randstring — Julia 1.12's docstring: randstring(Xoshiro(3), 'a':'z', 6), with the 26 letters as a string
display(randstring(Xoshiro(3), "abcdefghijklmnopqrstuvwxyz", 6))
# expect: "iyzcsm"

# case: randperm — Julia 1.12's docstring (randperm! is 1.10's): randperm(Xoshiro(123), 4)
display(randperm(Xoshiro(123), 4))
# expect: 4-element Vector{Int64}:
# expect:  1
# expect:  4
# expect:  2
# expect:  3

# case: rand! — Julia 1.12's docstring: rand!(Xoshiro(123), zeros(5))
display(rand!(Xoshiro(123), zeros(5)))
# expect: 5-element Vector{Float64}:
# expect:  0.521213795535383
# expect:  0.5868067574533484
# expect:  0.8908786980927811
# expect:  0.19090669902576285
# expect:  0.5256623915420473

# case: rand — a tutorial's REPL: rand(Xoshiro(42), 3), randn(Xoshiro(1), 2), rand(Xoshiro(1), 2:5)
rng = Xoshiro(42); display(rand(rng, 3))
display(randn(Xoshiro(1), 2))
display(rand(Xoshiro(1), 2:5))
# expect: 3-element Vector{Float64}:
# expect:  0.6293451231426089
# expect:  0.4503389405961936
# expect:  0.47740714343281776
# expect: 2-element Vector{Float64}:
# expect:  -0.07058313895389791
# expect:   0.5314767537831963
# expect: 2

# case: randn — a package doctest: seed!(1234); x = randn(4)
Random.seed!(1234); x = randn(4)
display(x)
# expect: 4-element Vector{Float64}:
# expect:  -0.3597289068234817
# expect:   1.0872084924285859
# expect:  -0.4195896169388487
# expect:   0.7189099374659392

# case: randn — eight normals fill their array through eight interleaved generators (a package doctest and test: randn(Xoshiro(42), 8))
println(randn(Xoshiro(42), 8))
# expect: [-0.36335748145177754, 0.2517372155742292, -0.31498797116895605, -0.31125240132442067, 0.8163067649323273, 0.47673837983187795, -0.8595553820616212, -1.4692882055065464]

# case: randn — a package doctest: Random.seed!(1234); y = randn(1000), its first ten and last nine
Random.seed!(1234)
y = randn(1000)
println(y[1:10])
println(y[992:1000])
# expect: [0.9706563288552144, -0.9792184115351997, 0.9018608835940937, -0.03280312924463938, -0.6007922233555612, -1.445177115286233, 2.7074239417157804, 1.5244478634355956, 0.759804020007466, -0.8814369061964817]
# expect: [0.7364167064633866, 0.1919443562483462, 0.764671095596252, 0.4605476610190263, -1.4553495505882335, -0.731679798166314, -0.4632854431188943, 0.5112192754137074, -1.2911234902314417]

# case: rand — arrays of eight or more take the bulk path: three rand(rng, 10) from Xoshiro(0) (Lux's tutorial)
rng = Xoshiro(0)
for i in 1:3
    println("Iteration $i ", rand(rng, 10))
end
# expect: Iteration 1 [0.4552384158732863, 0.5476424498276177, 0.7733535276924052, 0.9405848223512736, 0.02964765308691042, 0.74694291453392, 0.7468008914093891, 0.9766699015845924, 0.08694684883050086, 0.35149138733595564]
# expect: Iteration 2 [0.018743665453639813, 0.8601828553599953, 0.6556360448565952, 0.7746656838366666, 0.7817315740767116, 0.5553797706980106, 0.1261990389976131, 0.4488101521328277, 0.624383955429775, 0.05657739601024536]
# expect: Iteration 3 [0.19597391412112541, 0.6830945313415872, 0.6776220912718907, 0.6456416023530093, 0.6340362477836592, 0.5595843665394066, 0.5675557670686644, 0.34351700231383653, 0.7237308297251812, 0.3691778381831775]

# case: rand — a package test: Random.seed!(1234); rand(10), the elements it checks
Random.seed!(1234)
v = rand(10)
println(v[[1, 4, 5, 6, 7, 8, 9]])
# expect: [0.5798621201341324, 0.014908849285099945, 0.520354993723718, 0.6395615996802734, 0.8396219340580711, 0.967142768915383, 0.13102565622085904]

# case: rand — FillArrays' doctest: scalar rand() in map and in a fused broadcast, after seed!(1234), over zeros where the doctest maps over strings
Random.seed!(1234)
rand()
display(map(_ -> rand(), zeros(2, 5)))
rand()
display(ones(1, 5) .+ (_ -> rand()).(zeros(2)))
# expect: 2×5 Matrix{Float64}:
# expect:  0.549051  0.894245  0.394255  0.795547  0.748415
# expect:  0.218587  0.353112  0.953125  0.49425   0.578232
# expect: 2×5 Matrix{Float64}:
# expect:  1.00745  1.43924  1.95674  1.99667  1.11008
# expect:  1.19938  1.68253  1.64786  1.74919  1.49138

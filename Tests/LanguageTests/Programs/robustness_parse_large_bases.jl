# parse reads bases up to 62 as Julia does (base/parse.jl's __convert_digit); bases 37 to 62
# used to stop the program with a Swift trap (Int(_:radix:) takes at most 36). Found by the fuzzer.
println(parse(Int, "12", base = 3), " ", parse(Int, "zz", base = 36), " ", parse(Int, "ZZ", base = 36))
println(parse(Int, "z", base = 62), " ", parse(Int, "Z", base = 62), " ", parse(Int, "10", base = 62))
println(tryparse(Int, "ff", base = 37), " ", tryparse(Int, "9223372036854775808"))
# expect: 5 1295 1295
# expect: 61 35 62
# expect: nothing nothing

# Arrays store numbers as Float64, exact for integers up to 2^53; larger ones are refused.
big = 2^53
println([big, 1], " ", length(collect(big-2:big)))
# expect: [9007199254740992, 1] 3
m = 9223372036854775807
println(m)
# expect: 9223372036854775807
v = [9223372036854775807]
# expect error: the integer 9223372036854775807 is too large to store in an array

r = 9223372036854775806:9223372036854775807
println(length(r), " ", r[2])
# expect: 2 9223372036854775807
println(length(0:1e-300:-1e10))
# expect: 0
collect(r)
# expect error: holds integers too large to store in an array

# A Float32 rounds and prints differently from a Float64 (Julia writes 1.5f0), so the
# notebook refuses to make one rather than hand back a Float64 under its name.
y = Float64[1, 2.5]
println(y)
# expect: [1.0, 2.5]
x = Float32(1.5)
# expect error: Float32 is not supported

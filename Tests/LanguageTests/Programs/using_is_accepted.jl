# Knet-era files start with `using`; everything is already loaded.
using Knet, LinearAlgebra
import Statistics
println("loaded")
# expect: loaded

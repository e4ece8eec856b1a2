# A line comment
x = 1 # trailing comment
#= a block comment
   #= nested =#
   still a comment =#
y = #= inline =# 2
println(x + y)
# expect: 3

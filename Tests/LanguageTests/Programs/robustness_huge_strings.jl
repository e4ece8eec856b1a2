# Strings that double each time stop at the budget with a clear error, as arrays do
# (issue 12: eighty doublings reached gigabytes and aborted the process).
s = "ab"
t = "cd"
for i in 1:10
    global s = s * s
    global t = "$t$t"
end
println(length(s), " ", length(t), " ", length(join([s, t], ", ")), " ", length(repeat(s, 3)))
# expect: 2048 2048 4098 6144
for i in 1:80
    global s = string(s, s)
end
# expect error: refusing to make a string of

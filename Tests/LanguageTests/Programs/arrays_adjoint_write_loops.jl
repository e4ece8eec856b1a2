# Writes through A' by element, by broadcast and by slice all reach A, and A's own
# writes show through A'.
Z = zeros(2, 3)
W = Z'
for i in 1:3, j in 1:2
    W[i, j] = 10i + j
end
println(Z)
# expect: [11.0 21.0 31.0; 12.0 22.0 32.0]
W .= 1
println(Z)
# expect: [1.0 1.0 1.0; 1.0 1.0 1.0]
Z[2, :] .= 5
println(W)
# expect: [1.0 5.0; 1.0 5.0; 1.0 5.0]
W[:, 1] .+= 1
W .*= 2
println(Z)
# expect: [4.0 4.0 4.0; 10.0 10.0 10.0]
# Two wrappers of one parent see each other's writes; a copy taken before does not.
P = [1 2; 3 4]
X = P'
Y = transpose(P)
saved = copy(Y)
X[1, 2] = 30
println(Y[1, 2], " ", P[2, 1], " ", saved[1, 2])
# expect: 30 30 3
# A wrapper of a reshaped array reaches the first array through both.
M = [1 2; 3 4]
R = reshape(M, 4)
Q = R'
Q[1, 2] = 20
println(M, " ", R)
# expect: [1 2; 20 4] [1, 20, 2, 4]
M[2, 2] = 40
println(Q)
# expect: [1 20 2 40]

# Three comma-separated clauses would make a 3-d array, which comprehensions cannot build yet.
v = [i for i in 1:2, j in 1:2, k in 1:2]
# expect error: comprehensions with more than two comma-separated clauses are not supported yet

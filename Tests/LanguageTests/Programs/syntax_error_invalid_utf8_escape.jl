# Julia's strings may hold any bytes; RNNLab's hold UTF-8 text, and say so.
x = "ok\xff"
# expect error: line 2, column 8: \xff is not UTF-8 text; RNNLab strings hold valid UTF-8 only

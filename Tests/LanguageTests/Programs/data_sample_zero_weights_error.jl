sample(zeros(3))
# expect error: sample: all weights are zero

sample([0.5, -0.1, 0.6])
# expect error: sample: weight 2 is -0.1; weights must be finite and ≥ 0

heatmap([1 2; 3 4]; zlim=5)
# expect error: heatmap: zlim must be a pair of numbers

heatmap([1 2; 3 4]; rowlabels="ab")
# expect error: heatmap: rowlabels must be a vector of labels

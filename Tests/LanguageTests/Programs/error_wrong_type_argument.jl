zeros("3")
# expect error: zeros: the dimension must be an integer, got String "3"

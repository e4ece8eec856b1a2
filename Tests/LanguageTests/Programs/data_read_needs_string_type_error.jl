read("corpus.txt", Int)
# expect error: read: the second argument must be the type String, as in read(path, String)

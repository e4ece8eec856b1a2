# Errors from read name the path the program gave.
read("no/such/folder/corpus.txt", String)
# expect error: read: there is no file "no/such/folder/corpus.txt"

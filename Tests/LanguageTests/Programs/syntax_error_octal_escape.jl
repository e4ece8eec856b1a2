x = "\400"
# expect error: line 1, column 6: the octal escape `\400` is above \377

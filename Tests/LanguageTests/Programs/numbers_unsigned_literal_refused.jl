# Julia's hex, binary and octal literals are unsigned (0xff is a UInt8 whose repr is
# 0xff); the notebook has no unsigned types, so it refuses them rather than print 255.
x = 0xff
# expect error: unsigned integer literals like `0xff` are not supported

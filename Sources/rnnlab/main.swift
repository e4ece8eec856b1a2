import EditLineShim
import Engine

print("rnnlab 0.1.0")

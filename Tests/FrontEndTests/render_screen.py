"""Renders what a program wrote to a terminal into the screen it leaves, with pyte
(a VT100 emulator): reads the bytes from the file named first, prints one JSON
object with the lines that scrolled away ("history") and the screen's lines."""
import json
import sys

import pyte

path, columns, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
screen = pyte.HistoryScreen(columns, rows, history=100000)
stream = pyte.ByteStream(screen)
with open(path, "rb") as f:
    stream.feed(f.read())
print(json.dumps({"history": len(screen.history.top), "lines": [line.rstrip() for line in screen.display]}))

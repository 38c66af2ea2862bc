"""Self-test of the pyscape/python image: copies stdin to stdout."""

import shutil
import sys

shutil.copyfileobj(sys.stdin.buffer, sys.stdout.buffer)

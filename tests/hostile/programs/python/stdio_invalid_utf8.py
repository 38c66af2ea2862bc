# A program that writes raw bytes and invalid UTF-8 around its answer, to stdout and stderr.
import sys

a, b = map(int, input().split())
sys.stdout.buffer.write(b"\xff\xfe\x00\x80")
sys.stdout.buffer.write(b"%d\n" % (a + b))
sys.stderr.buffer.write(b"\xed\xa0\x80\xc3\x28\n")

# A stdio program that takes memory until the sandbox's limit kills it: the cgroup counts the
# OOM kill, so the harness's "killed" is memory_limit_exceeded.
hog = []
while True:
    hog.append(bytearray(1 << 24))

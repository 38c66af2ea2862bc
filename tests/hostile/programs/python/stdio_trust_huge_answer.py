# A stdio program that prints 10^7 numbers, far past the output limit:
# output_limit_exceeded, and the output is never kept whole.
import sys

sys.stdout.write(" ".join(["7"] * 10**7))

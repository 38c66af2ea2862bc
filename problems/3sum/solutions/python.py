class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Report each triplet as a <= b <= c. Apart from [0,0,0], a < 0 and a <= b <= -a // 2
        # (because b <= c = -a - b). For a fixed a, the b that work are the values that occur
        # and whose partner -a - b occurs too: one AND of two big-integer bitsets finds them
        # all at once, instead of a Python loop over every pair.
        counts = Counter(nums)
        lo_v, hi_v = min(counts), max(counts)
        found = []
        if counts[0] >= 3:
            found.append([0, 0, 0])
        if lo_v >= 0 or hi_v <= 0:
            return found
        # bit (v - lo_v) of P, and bit (hi_v - v) of R, are set when v occurs (R is P reversed)
        bits = bytearray(b"0") * (hi_v - lo_v + 1)
        for v in counts:
            bits[v - lo_v] = ord("1")
        P = int(bits[::-1], 2)
        R = int(bits, 2)
        nonzero = bytes([0] + [1] * 255)  # translate table: any non-zero byte -> 1
        for a in sorted(v for v in counts if v < 0):
            first, last = a - lo_v, min((-a) // 2, hi_v) - lo_v  # bits of the candidates b
            if last < first:
                continue
            # -a - b occurs <=> bit (hi_v + a + b) of R <=> bit (b - lo_v) of R shifted by s
            s = hi_v + a + lo_v
            hits = (P & (R >> s if s >= 0 else R << -s)) >> first
            hits &= (1 << (last - first + 1)) - 1
            if not hits:
                continue
            # the set bits of hits: find the non-zero bytes in C, then look at their 8 bits
            raw = hits.to_bytes((hits.bit_length() + 7) // 8, "little")
            flags = raw.translate(nonzero)
            j = flags.find(1)
            while j != -1:
                byte = raw[j]
                for k in range(8):
                    if byte >> k & 1:
                        b = a + 8 * j + k
                        c = -a - b
                        if (a != b or counts[a] >= 2) and (b != c or counts[b] >= 2):
                            found.append([a, b, c])
                j = flags.find(1, j + 1)
        return found

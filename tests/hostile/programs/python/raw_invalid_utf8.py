# Writes raw bytes and invalid UTF-8 (NUL, lone continuation bytes, a half surrogate) straight
# to the record channel's descriptor and to stderr, then answers right.
import os


class Solution:
    def add(self, a: int, b: int) -> int:
        junk = b"\x00\xff\xfe\x80\xbf\xed\xa0\x80\xc3\x28 not utf-8 \xe2\x82\n"
        os.write(1, junk)
        os.write(2, junk)
        print("\udcff \ud800 lone surrogates")
        return a + b

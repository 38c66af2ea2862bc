"""The portfolio as a PDF, typeset with Typst.

The template (``template.typ``) is fixed; the portfolio goes in as JSON through Typst's
``sys.inputs`` and is only ever shown as text, so user text (``#``, ``$``, ``]``, backslashes,
``#import``...) cannot break the document or run Typst code.
"""

from __future__ import annotations

from importlib import resources

import msgspec
import typst

from pyscape_server.portfolio.schemas import Portfolio

TEMPLATE = resources.files("pyscape_server.portfolio") / "template.typ"


def pdf(portfolio: Portfolio, generated: str) -> bytes:
    """The PDF of ``portfolio``; ``generated`` is the date printed in the footer."""
    data = msgspec.json.encode({"portfolio": portfolio, "generated": generated}).decode()
    return typst.compile(
        TEMPLATE.read_bytes(), format="pdf", sys_inputs={"data": data}, ignore_system_fonts=True
    )

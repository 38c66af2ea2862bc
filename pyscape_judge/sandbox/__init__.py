"""Sandbox backends: Docker (the default, for untrusted code) and a local subprocess (trusted)."""

from pyscape_judge.sandbox.base import Backend, Chunk, ExitStatus, RunSpec, Sandbox

__all__ = ["Backend", "Chunk", "ExitStatus", "RunSpec", "Sandbox"]

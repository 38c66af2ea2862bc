"""Judging on a Redis task queue (SAQ): ``pyscape-judge worker`` on each judge host, and a client
with :class:`~pyscape_judge.Judge`'s ``judge_async`` for the server.

* :mod:`.protocol`: what travels (the job, the events streamed back); no Redis needed.
* :mod:`.queue`: the SAQ queue both sides open.
* :mod:`.shelf`: a worker's problems, by slug and version.
* :mod:`.worker`: the worker process: consumes jobs, judges, streams the results.
* :mod:`.client`: enqueue a job and await its verdict, with per-test progress.
* :mod:`.status`: queue depth and each worker's load.
* :mod:`.commands`: ``pyscape-judge worker`` and ``pyscape-judge queue status``.

Needs the ``queue`` extra (``pip install pyscape[queue]``); ``pyscape_judge`` itself does not.
"""

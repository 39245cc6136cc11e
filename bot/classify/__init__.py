"""Message classification: the matching key, word lists and phrases, patterns, Detoxify scoring off the
event loop, and the ``SignalExtractor`` that turns a message into ``bot.domain.signals.MessageSignals``.

Modules: ``normalize`` (matching key), ``index``/``terms`` (word lists, allow-lists, help/crisis phrases),
``patterns`` (regexes), ``scorer`` (Detoxify, ``load_scorer``), ``batching`` (``ScoringWorker``),
``extract`` (``SignalExtractor``), ``checkpoint`` (random Detoxify checkpoints for tests and benchmarks).
Nothing here imports torch until a model is loaded.
"""

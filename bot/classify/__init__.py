"""Message classification: the matching key, word lists and phrases, patterns, Detoxify scoring off the
event loop, and the ``SignalExtractor`` that turns a message into
``bot.domain.signals.MessageSignals``.

Modules: ``normalize`` (matching key), ``index``/``terms`` (word lists, allow-lists, help/crisis phrases),
``patterns`` (regexes), ``decided`` (when the lists already decide, the model is skipped), ``scorer``
(Detoxify, ``load_scorer`` and the engine choice), ``engines``/``encoding``/``buckets`` (the fast
inference path: encode once, length buckets, torch or ONNX Runtime, float or int8), ``onnx_engine``
(export, quantise and cache), ``batching`` (``ScoringWorker``), ``extract`` (``SignalExtractor``),
``checkpoint`` (random Detoxify checkpoints for tests and benchmarks). See docs/PERFORMANCE.md.
Nothing here imports torch until a model is loaded (and an ONNX engine loaded from its cache never does).
"""

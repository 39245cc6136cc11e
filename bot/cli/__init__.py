"""The ``havre`` command line (also ``python -m bot``): one group, each feature's commands in its module.

``main`` (run, migrate, health), ``replay`` (backtest a policy), ``evaluate`` (score the judgement on the
evaluation corpus), ``governance`` (export, verify, report), ``keys`` (secrets and key rotation),
``model`` (the Detoxify export), ``web`` (the dashboard on its own);
``havre sandbox`` is defined with the sandbox (``bot.sandbox.command``), the one door to the emulator.
Nothing below imports this package.
"""

from bot.cli import evaluate, governance, keys, model, replay, web
from bot.cli.main import main
from bot.sandbox import command as sandbox_command

for _feature in (sandbox_command, replay, evaluate, governance, keys, model, web):
    _feature.register(main)

__all__ = ["main"]

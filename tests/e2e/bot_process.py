"""The real Havre bot in an OS process of its own, for the crash test (``test_crash.py``).

Usage: python -m tests.e2e.bot_process  (settings from the ``HAVRE_*`` environment, as ``run`` reads them)

Built by ``bot.runtime.build_bot`` (the production wiring) with the fast client options the emulator
tests use; prints ``ready`` once the bot reached ``on_ready``, then runs until it is killed.
"""

from __future__ import annotations

import asyncio

from bot.config import Settings
from bot.runtime import build_bot
from emulator import FAST_CLIENT_OPTIONS
from emulator.discordpy import skip_identify_delay


async def main() -> None:
    settings = Settings()
    bot = await build_bot(settings, client_options=FAST_CLIENT_OPTIONS)
    skip_identify_delay(bot)
    assert settings.token is not None
    task = asyncio.create_task(bot.start(settings.token.get_secret_value()))
    while not bot.is_ready():
        if task.done():
            task.result()  # the client's error
        await asyncio.sleep(0.01)
    print("ready", flush=True)
    await task


if __name__ == "__main__":
    asyncio.run(main())

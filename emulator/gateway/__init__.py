"""The gateway side of the emulator: sessions, connections, dispatch with intents and shard routing."""

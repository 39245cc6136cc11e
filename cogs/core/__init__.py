"""What every cog shares (``common``: checks, replies, formatting) and the small core extensions:
``errors`` (the one interaction error handler), ``about`` and ``setup`` (server set-up by an admin)."""

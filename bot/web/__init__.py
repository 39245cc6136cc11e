"""The dashboard: a small aiohttp.web application with Jinja2 templates (aiohttp-jinja2), served by the bot
in its own process (``havre run``) or on its own (``havre web``) on the same database.

It reads through the services and acts only through them: a decision that needs Discord (an appeal) is
queued as a database deadline that the bot carries out, so the web never talks to Discord for an
effect. Login is Discord's OAuth2 authorisation code flow; access follows the server's roles as Discord
reports them to the bot. See docs/DASHBOARD.md.
"""

from bot.web.server import WebServer, create_app

__all__ = ["WebServer", "create_app"]

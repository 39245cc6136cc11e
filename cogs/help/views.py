"""The help journey's buttons and form: persistent ``DynamicItem``s whose state lives in the custom_id
(``help:<action>:<id>``), so every button keeps working after a restart. Each one hands the click to
``HelpFlows`` (cogs/help/flows.py), which holds no Discord-independent rule either."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.domain.help.kb import Article
from bot.domain.i18n import language_of, t
from cogs.core.common import SafeModal, handle_interaction_error

if TYPE_CHECKING:
    from cogs.help.flows import HelpFlows

LABEL_MAX = 80


class _Attached:
    """The help flows the buttons and forms hand their clicks to: attached by the extension's ``setup``
    (``attach``), detached by its ``teardown``. Typed, and no look-up of a cog by name."""

    flows: HelpFlows | None = None


def attach(flows: HelpFlows) -> None:
    _Attached.flows = flows


def detach() -> None:
    _Attached.flows = None


def flows_of() -> HelpFlows:
    if _Attached.flows is None:
        raise LookupError("the help extension is not loaded")
    return _Attached.flows


def _label(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


class _HelpButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"help:base:(?P<arg>\d+)"):
    """Base: runs ``handle`` and turns any error into a calm ephemeral reply."""

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self.handle(interaction, flows_of())
        except Exception as error:
            await handle_interaction_error(interaction, error)

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        raise NotImplementedError


def _button(
    custom_id: str, label: str, style: discord.ButtonStyle, row: int | None = None
) -> discord.ui.Button[Any]:
    return discord.ui.Button(label=_label(label), style=style, custom_id=custom_id, row=row)


class OpenPanelButton(_HelpButton, template=r"help:open:panel"):
    def __init__(self, label: str = "Get help") -> None:
        super().__init__(_button("help:open:panel", label, discord.ButtonStyle.primary))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> OpenPanelButton:
        return cls(item.label or "Get help")

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.open_from_button(interaction)


# A button that starts or continues a flow opened from a message carries the flow's language (the
# message's), so the click is answered, and the request opened, in that language rather than in the
# clicking client's. Buttons posted before it existed have no suffix and fall back to the client's.
_LANG = r"(?::(?P<lang>[a-z]{2}))?"


def _lang_suffix(lang: str | None) -> str:
    return f":{language_of(lang)}" if lang else ""


def _lang_of_match(match: re.Match[str]) -> str | None:
    return language_of(match["lang"]) if match["lang"] else None


class OfferButton(_HelpButton, template=r"help:offer:(?P<guild>\d+):(?P<user>\d+)" + _LANG):
    def __init__(self, guild_id: int, user_id: int, label: str = "Yes", lang: str | None = None) -> None:
        self.guild_id, self.user_id, self.lang = guild_id, user_id, lang
        custom_id = f"help:offer:{guild_id}:{user_id}{_lang_suffix(lang)}"
        super().__init__(_button(custom_id, label, discord.ButtonStyle.primary))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> OfferButton:
        return cls(int(match["guild"]), int(match["user"]), item.label or "", _lang_of_match(match))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.accept_offer(interaction, self.guild_id, self.user_id, self.lang)


class DeclineButton(_HelpButton, template=r"help:decline:(?P<user>\d+)" + _LANG):
    def __init__(self, user_id: int, label: str = "No", lang: str | None = None) -> None:
        self.user_id, self.lang = user_id, lang
        custom_id = f"help:decline:{user_id}{_lang_suffix(lang)}"
        super().__init__(_button(custom_id, label, discord.ButtonStyle.secondary))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> DeclineButton:
        return cls(int(match["user"]), item.label or "", _lang_of_match(match))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.decline_offer(interaction, self.user_id, self.lang)


class ChooseGuildButton(_HelpButton, template=r"help:dm:(?P<guild>\d+)" + _LANG):
    def __init__(self, guild_id: int, label: str, lang: str | None = None) -> None:
        self.guild_id, self.lang = guild_id, lang
        super().__init__(
            _button(f"help:dm:{guild_id}{_lang_suffix(lang)}", label, discord.ButtonStyle.primary)
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> ChooseGuildButton:
        return cls(int(match["guild"]), item.label or "", _lang_of_match(match))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.open_from_dm_choice(interaction, self.guild_id, self.lang)


class TicketButton(
    _HelpButton, template=r"help:(?P<action>claim|close|reopen|comment|fine|resolve):(?P<ticket>\d+)"
):
    """Claim, close, reopen, add a comment, "I'm OK", confirm resolving: one ticket id in the custom_id."""

    STYLES = {
        "resolve": discord.ButtonStyle.danger,
        "claim": discord.ButtonStyle.success,
        "close": discord.ButtonStyle.secondary,
        "reopen": discord.ButtonStyle.primary,
        "comment": discord.ButtonStyle.secondary,
        "fine": discord.ButtonStyle.secondary,
    }

    def __init__(self, action: str, ticket_id: int, label: str, row: int | None = None) -> None:
        self.action, self.ticket_id = action, ticket_id
        super().__init__(_button(f"help:{action}:{ticket_id}", label, self.STYLES[action], row))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> TicketButton:
        return cls(match["action"], int(match["ticket"]), item.label or "")

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.ticket_button(interaction, self.action, self.ticket_id)


class RateButton(_HelpButton, template=r"help:rate:(?P<ticket>\d+):(?P<value>[1-5])"):
    def __init__(self, ticket_id: int, value: int) -> None:
        self.ticket_id, self.value = ticket_id, value
        super().__init__(
            _button(f"help:rate:{ticket_id}:{value}", str(value), discord.ButtonStyle.secondary, 0)
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> RateButton:
        return cls(int(match["ticket"]), int(match["value"]))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.survey(interaction, self.ticket_id, rating=self.value)


class SolvedButton(_HelpButton, template=r"help:solved:(?P<ticket>\d+):(?P<answer>yes|no)"):
    def __init__(self, ticket_id: int, answer: str, label: str) -> None:
        self.ticket_id, self.answer = ticket_id, answer
        style = discord.ButtonStyle.success if answer == "yes" else discord.ButtonStyle.secondary
        super().__init__(_button(f"help:solved:{ticket_id}:{answer}", label, style, 1))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> SolvedButton:
        return cls(int(match["ticket"]), match["answer"], item.label or "")

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.survey(interaction, self.ticket_id, solved=self.answer == "yes")


class KbButton(_HelpButton, template=r"help:kb:(?P<article>[a-z0-9-]{1,60})" + _LANG):
    def __init__(self, article_id: str, label: str, lang: str | None = None) -> None:
        self.article_id, self.lang = article_id, lang
        custom_id = f"help:kb:{article_id}{_lang_suffix(lang)}"
        super().__init__(_button(custom_id, label, discord.ButtonStyle.secondary))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> KbButton:
        return cls(match["article"], item.label or "", _lang_of_match(match))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.open_article(interaction, self.article_id, self.lang)


class CountryButton(_HelpButton, template=r"help:country:(?P<guild>\d+):(?P<code>[A-Z]{2})" + _LANG):
    """One country for the member's helplines, asked once (issue 13, point 5); "ZZ" = another country."""

    def __init__(self, guild_id: int, code: str, label: str, lang: str | None = None) -> None:
        self.guild_id, self.code, self.lang = guild_id, code, lang
        custom_id = f"help:country:{guild_id}:{code}{_lang_suffix(lang)}"
        super().__init__(_button(custom_id, label, discord.ButtonStyle.secondary, None))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /
    ) -> CountryButton:
        return cls(int(match["guild"]), match["code"], item.label or "", _lang_of_match(match))

    async def handle(self, interaction: discord.Interaction, flows: HelpFlows) -> None:
        await flows.choose_country(interaction, self.guild_id, self.code, self.lang)


def country_view(guild_id: int, lang: str, codes: Sequence[str]) -> discord.ui.View:
    items = [CountryButton(guild_id, code, t(f"help.country_{code}", lang), lang) for code in (*codes, "ZZ")]
    return _view(items)


DYNAMIC_ITEMS = (
    CountryButton,
    OpenPanelButton,
    OfferButton,
    DeclineButton,
    ChooseGuildButton,
    TicketButton,
    RateButton,
    SolvedButton,
    KbButton,
)


class CommentModal(SafeModal):
    """The optional comment after a rating; sealed with the member's key."""

    def __init__(self, ticket_id: int, lang: str) -> None:
        super().__init__(
            title=_label(t("help.comment_button", lang))[:45], custom_id=f"help:commentform:{ticket_id}"
        )
        self.ticket_id = ticket_id
        self.comment: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=t("help.comment_button", lang)[:45],
            custom_id="comment",
            placeholder=t("help.comment_label", lang)[:100],
            style=discord.TextStyle.paragraph,
            max_length=1000,
            required=True,
        )
        self.add_item(self.comment)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await flows_of().survey(interaction, self.ticket_id, comment=self.comment.value)


# --- views ------------------------------------------------------------------------------------------


def _view(items: Iterable[discord.ui.Item[Any]]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def kb_buttons(articles: Sequence[Article], lang: str, *, flow: bool = True) -> list[KbButton]:
    """``flow``: the buttons belong to a help request, so the guide opens in the request's language."""
    return [
        KbButton(a.id, t("help.kb_read", lang, title=a.title), lang if flow else None) for a in articles[:4]
    ]


def greeting_view(ticket_id: int, lang: str, articles: Sequence[Article]) -> discord.ui.View:
    return _view(
        [
            *kb_buttons(articles, lang),
            TicketButton("close", ticket_id, t("help.button_close", lang), row=4),
        ]
    )


def staff_alert_view(ticket_id: int, lang: str) -> discord.ui.View:
    """On a team alert (moderation queue or an on-duty peer's DMs), never in the member's space."""
    return _view([TicketButton("claim", ticket_id, t("help.button_claim", lang))])


def survey_view(ticket_id: int, lang: str, articles: Sequence[Article] = ()) -> discord.ui.View:
    items: list[discord.ui.Item[Any]] = [RateButton(ticket_id, n) for n in range(1, 6)]
    items += [
        SolvedButton(ticket_id, "yes", t("help.solved_yes", lang)),
        SolvedButton(ticket_id, "no", t("help.solved_no", lang)),
        TicketButton("comment", ticket_id, t("help.comment_button", lang), row=2),
        TicketButton("reopen", ticket_id, t("help.button_reopen", lang), row=2),
    ]
    for button in kb_buttons(articles, lang)[:4]:
        button.item.row = 3
        items.append(button)
    return _view(items)


def reopen_view(ticket_id: int, lang: str) -> discord.ui.View:
    return _view([TicketButton("reopen", ticket_id, t("help.button_reopen", lang))])


def follow_up_view(ticket_id: int, lang: str) -> discord.ui.View:
    return _view(
        [
            TicketButton("reopen", ticket_id, t("help.follow_up_reopen", lang)),
            TicketButton("fine", ticket_id, t("help.follow_up_fine", lang)),
        ]
    )


def offer_view(guild_id: int, user_id: int, lang: str) -> discord.ui.View:
    return _view(
        [
            OfferButton(guild_id, user_id, t("help.offer_yes", lang), lang),
            DeclineButton(user_id, t("help.offer_no", lang), lang),
        ]
    )


def panel_view(lang: str) -> discord.ui.View:
    return _view([OpenPanelButton(t("help.panel_button", lang))])


def kb_view(articles: Sequence[Article], lang: str) -> discord.ui.View:
    return _view(kb_buttons(articles, lang, flow=False))  # /kb: each reader in their own client's language


def choose_guild_view(guilds: Sequence[tuple[int, str]], lang: str | None = None) -> discord.ui.View:
    return _view([ChooseGuildButton(guild_id, name or str(guild_id), lang) for guild_id, name in guilds[:5]])


def confirm_resolve_view(ticket_id: int, lang: str) -> discord.ui.View:
    """The confirmation a crisis request needs before it is marked resolved (ephemeral, staff only)."""
    return _view([TicketButton("resolve", ticket_id, t("help.crisis_resolve_confirm_button", lang))])

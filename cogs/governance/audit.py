"""/audit verify and /audit sample: the committee checks the log and rates sampled decisions one by one.

A review session lives in the buttons' ``custom_id`` (period, sample size, kind, position): the sample
is reproducible, so it is simply drawn again on each click and survives a restart.
"""

from __future__ import annotations

import re

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.app import HavreBot
from bot.domain.i18n import plural, t
from bot.governance.canonical import canonical_text
from bot.governance.charts import label
from bot.governance.metrics import AuditVerdict
from bot.governance.report import render_verify_result
from bot.services.governance.audit import MAX_SAMPLE, AuditItem, ExcerptState, SampleKind
from bot.services.governance.period import Period
from cogs.core.common import NO_PINGS, Role, SafeModal, ensure_role, fit, lang_of
from cogs.governance.common import safely, services_of

_TEMPLATE = r"gov:audit:(?P<verdict>[a-z_]+):(?P<n>\d+):(?P<period>[0-9.\-]+):(?P<kind>[a-z]+):(?P<index>\d+)"
SKIP = "skip"


def _kind_label(kind: str, lang: str) -> str:
    if kind in {k.value for k in SampleKind}:
        return t(f"governance.kind_{kind}", lang)
    return label("action", kind, lang)


def render_item(item: AuditItem, index: int, total: int, lang: str) -> str:
    entry, evidence = item.entry, item.evidence
    if evidence.excerpt_state is ExcerptState.AVAILABLE and evidence.excerpt is not None:
        excerpt = "\n> " + discord.utils.escape_mentions(
            discord.utils.escape_markdown(evidence.excerpt)
        ).replace("\n", "\n> ")
    elif evidence.excerpt_state is ExcerptState.UNAVAILABLE:
        excerpt = t("governance.audit_excerpt_gone", lang)
    else:
        excerpt = t("governance.audit_excerpt_none", lang)
    signals = canonical_text(entry.signals) if entry.signals else t("governance.audit_no_signals", lang)
    duration = (
        t("governance.audit_duration", lang, minutes=entry.duration_seconds // 60)
        if entry.duration_seconds
        else ""
    )
    rated = (
        plural("governance.audit_rated", lang, item.verdicts_so_far)
        if item.verdicts_so_far
        else t("governance.audit_not_rated", lang)
    )
    return fit(
        t(
            "governance.audit_item",
            lang,
            index=index + 1,
            total=total,
            seq=entry.seq,
            at=entry.at.strftime("%Y-%m-%d %H:%M"),
            who=t("governance.audit_by_auto" if entry.actor == "auto" else "governance.audit_by_human", lang),
            rule=discord.utils.escape_markdown(label("rule", entry.rule_id or "-", lang)),
            action=label("action", entry.action or "-", lang),
            duration=duration,
            version=entry.policy_version or "-",
            signals=f"`{signals[:300]}`",
            excerpt=excerpt,
            rated=rated,
        )
    )


class RateButton(discord.ui.DynamicItem[discord.ui.Button], template=_TEMPLATE):
    def __init__(
        self,
        verdict: str,
        n: int,
        period: str,
        kind: str,
        index: int,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
    ) -> None:
        self.verdict, self.n, self.period, self.kind, self.index = verdict, n, period, kind, index
        super().__init__(
            discord.ui.Button(
                label=label or verdict,
                style=style,
                custom_id=f"gov:audit:{verdict}:{n}:{period}:{kind}:{index}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item,
        match: re.Match[str],
    ) -> RateButton:
        return cls(match["verdict"], int(match["n"]), match["period"], match["kind"], int(match["index"]))

    @safely
    async def callback(self, interaction: discord.Interaction) -> None:
        await ensure_role(interaction, Role.ADMIN)
        if self.verdict == SKIP:
            await show_item(interaction, self.n, self.period, self.kind, self.index + 1, edit=True)
            return
        verdict = AuditVerdict(self.verdict)
        await interaction.response.send_modal(CommentModal(self, verdict, lang_of(interaction)))


class CommentModal(SafeModal):
    def __init__(self, source: RateButton, verdict: AuditVerdict, lang: str) -> None:
        super().__init__(
            title=t("governance.audit_comment_title", lang, verdict=label("verdict", verdict.value, lang))[
                :45
            ],
            custom_id=f"gov:auditc:{verdict.value}:{source.n}:{source.period}:{source.kind}:{source.index}"[
                :100
            ],
        )
        self.source, self.verdict = source, verdict
        self.comment: discord.ui.TextInput[CommentModal] = discord.ui.TextInput(
            label=t("governance.audit_comment_label", lang)[:45],
            placeholder=t("governance.audit_comment_placeholder", lang)[:100],
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=1000,
        )
        self.add_item(self.comment)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await ensure_role(interaction, Role.ADMIN)
        assert interaction.guild_id is not None
        source = self.source
        audit = services_of(interaction.client).audit
        sample = await audit.redraw(interaction.guild_id, Period.parse(source.period), source.n, source.kind)
        if source.index >= len(sample.seqs):
            raise IndexError("audit position beyond the sample")
        await audit.record_verdict(
            interaction.guild_id,
            sample.seqs[source.index],
            interaction.user.id,
            self.verdict,
            self.comment.value,
            sample.seed,
        )
        await show_item(interaction, source.n, source.period, source.kind, source.index + 1, edit=True)


async def show_item(
    interaction: discord.Interaction, n: int, period: str, kind: str, index: int, *, edit: bool
) -> None:
    """Show decision ``index`` of the sample (or the closing summary), editing the review message."""
    assert interaction.guild_id is not None
    lang = lang_of(interaction)
    audit = services_of(interaction.client).audit
    sample = await audit.redraw(interaction.guild_id, Period.parse(period), n, kind)
    view: discord.ui.View | None = None
    if index >= len(sample.seqs):
        counts = await audit.counts(interaction.guild_id)
        verdicts = ", ".join(
            t("governance.count_item", lang, label=label("verdict", v, lang), count=c) for v, c in counts
        )
        text = t("governance.audit_done", lang, verdicts=verdicts)
    else:
        item = await audit.item(interaction.guild_id, sample.seqs[index])
        text = render_item(item, index, len(sample.seqs), lang)
        view = discord.ui.View(timeout=None)
        styles = {
            AuditVerdict.APPROPRIATE: discord.ButtonStyle.success,
            AuditVerdict.TOO_HARSH: discord.ButtonStyle.danger,
            AuditVerdict.TOO_LENIENT: discord.ButtonStyle.primary,
            AuditVerdict.WRONG: discord.ButtonStyle.danger,
        }
        for verdict, style in styles.items():
            view.add_item(
                RateButton(
                    verdict.value,
                    n,
                    period,
                    kind,
                    index,
                    label=label("verdict", verdict.value, lang).capitalize(),
                    style=style,
                )
            )
        view.add_item(RateButton(SKIP, n, period, kind, index, label=t("governance.audit_skip", lang)))
    if edit:
        await interaction.response.edit_message(content=text, view=view, allowed_mentions=NO_PINGS)
    else:
        if view is not None:
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS, view=view)
        else:
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Audit(
    commands.GroupCog, group_name="audit", group_description=_("Committee audits of the moderation log")
):
    def __init__(self, bot: HavreBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="verify", description=_("Check that the moderation log has not been altered"))
    async def verify(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await ensure_role(interaction, Role.ADMIN)  # the real check: default_permissions is only a hint
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await services_of(self.bot).verifier.verify(interaction.guild_id)
        await interaction.followup.send(render_verify_result(result, lang_of(interaction)), ephemeral=True)

    @app_commands.command(name="sample", description=_("Review a random, reproducible sample of decisions"))
    @app_commands.describe(
        n=_("how many decisions"),
        period=_("a month such as 2026-10 (default: last month)"),
        kind=_("all, automatic, human, or an action such as timeout"),
    )
    async def sample(
        self,
        interaction: discord.Interaction,
        n: app_commands.Range[int, 1, MAX_SAMPLE],
        period: str | None = None,
        kind: str | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        await ensure_role(interaction, Role.ADMIN)  # the real check: default_permissions is only a hint
        lang = lang_of(interaction)
        audit = services_of(self.bot).audit
        chosen = Period.parse(period) if period else Period.previous_month(self.bot.ctx.clock.now())
        await interaction.response.defer(ephemeral=True, thinking=True)
        drawn = await audit.sample(interaction.guild_id, chosen, n, kind, interaction.user.id)
        intro = t(
            "governance.audit_sample_intro",
            lang,
            count=len(drawn.seqs),
            population=drawn.population,
            period=chosen.label,
            kind=_kind_label(drawn.kind, lang),
            seed=drawn.seed,
        )
        await interaction.followup.send(intro, ephemeral=True)
        await show_item(interaction, n, chosen.label, drawn.kind, 0, edit=False)

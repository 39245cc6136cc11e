"""Builds the governance use cases on top of the recorder and vault (called from ``install_services``)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.context import AppContext
from bot.services.governance.audit import AuditService
from bot.services.governance.export import ExportService
from bot.services.governance.metrics import MetricsLoader
from bot.services.governance.privacy import PrivacyService
from bot.services.governance.report import MonthlyReportJob, ReportService
from bot.services.governance.retention import RetentionService
from bot.services.governance.verify import GovernanceVerifier, load_retired_public_keys
from bot.services.recorder import ContentVault, GovernanceRecorder

SERVICE_NAME = "governance_features"


@dataclass(frozen=True)
class GovernanceServices:
    recorder: GovernanceRecorder
    vault: ContentVault
    verifier: GovernanceVerifier
    exports: ExportService
    reports: ReportService
    monthly: MonthlyReportJob
    retention: RetentionService
    privacy: PrivacyService
    audit: AuditService


def install_governance(ctx: AppContext) -> GovernanceServices:
    recorder: GovernanceRecorder = ctx.recorder
    vault: ContentVault = ctx.vault
    retired = ctx.settings.effective_signing_key_path.parent / "retired"
    keys = [recorder.signing_key.public_key(), *load_retired_public_keys(retired)]
    reports = ReportService(ctx.db, ctx.clock, MetricsLoader(ctx.db, vault))
    services = GovernanceServices(
        recorder=recorder,
        vault=vault,
        verifier=GovernanceVerifier(ctx.db, keys),
        exports=ExportService(ctx.db, ctx.clock, recorder),
        reports=reports,
        monthly=MonthlyReportJob(ctx.db, ctx.clock, reports),
        retention=RetentionService(ctx.db, ctx.clock, recorder, ctx.policies),
        privacy=PrivacyService(ctx.db, ctx.clock, recorder, vault, ctx.guilds, ctx.locales),
        audit=AuditService(ctx.db, ctx.clock, recorder, vault),
    )
    ctx.services[SERVICE_NAME] = services
    return services


def governance_services(ctx: AppContext) -> GovernanceServices:
    """The typed accessor cogs and the CLI use."""
    services = ctx.service(SERVICE_NAME)
    assert isinstance(services, GovernanceServices)
    return services

"""Interaction responses: the callback, followups and the ``@original`` message.

POST /interactions/{id}/{token}/callback handles types 1 (PONG), 4 (message), 5 (deferred message, a
"loading" message until edited), 6 (deferred update), 7 (update the component's message), 8
(autocomplete choices) and 9 (modal; not allowed in answer to a modal submit). With ``with_response``
the answer is Discord's ``{"interaction": ..., "resource": ...}`` JSON, else 204. Followups go to
POST /webhooks/{application_id}/{token}; after a deferred response, the first followup fills the loading
message, as on Discord. GET/PATCH/DELETE /webhooks/{application_id}/{token}/messages/{id|@original}.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import errors
from ..flags import CallbackType, InteractionType, MessageFlag, MessageType
from ..interactions import InteractionRecord
from ..messaging import check_top_level_components, create_message, edit_message
from ..models import MessageState
from ..payloads.messages import message_payload
from ..payloads.users import user_payload
from .framework import Reply, RestRequest, RestRouter

if TYPE_CHECKING:
    from ..core import Core


def register(router: RestRouter, core: Core) -> None:
    world = core.world
    app = core.app
    registry = core.interactions

    def metadata(record: InteractionRecord, **extra: Any) -> dict[str, Any]:
        owners = {"0": str(record.guild_id)} if record.guild_id else {"0": "0"}
        meta: dict[str, Any] = {
            "id": str(record.id),
            "type": int(record.type),
            "user": user_payload(world.users[record.user_id]),
            "authorizing_integration_owners": owners,
        }
        if record.source_message_id is not None and record.type == InteractionType.MESSAGE_COMPONENT:
            meta["interacted_message_id"] = str(record.source_message_id)
        meta.update({k: v for k, v in extra.items() if v is not None})
        return meta

    def message_type(record: InteractionRecord) -> int:
        if record.type != InteractionType.APPLICATION_COMMAND:
            return MessageType.DEFAULT
        command_type = int((record.payload.get("data") or {}).get("type", 1))
        return MessageType.CHAT_INPUT_COMMAND if command_type == 1 else MessageType.CONTEXT_MENU_COMMAND

    def new_message(
        record: InteractionRecord, body: dict[str, Any], request: RestRequest, **kw: Any
    ) -> MessageState:
        return create_message(
            world,
            world.channel(record.channel_id),
            app.bot_user_id,
            body,
            request.files,
            allow_ephemeral=True,
            message_type=message_type(record),
            interaction_metadata=metadata(record, **kw.pop("meta", {})),
            visible_to=record.user_id,
            webhook_id=app.id,
            application_id=app.id,
            **kw,
        )

    async def callback(request: RestRequest) -> Any:
        record = registry.for_callback(
            request.snowflake("interaction_id"), request.params["interaction_token"]
        )
        body = request.body()
        try:
            kind = CallbackType(int(body.get("type", 0)))
        except ValueError:
            raise errors.invalid_form(
                "type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9, 12}."
            ) from None
        data = body.get("data") or {}
        from_message = record.source_message_id is not None
        if kind in (CallbackType.DEFERRED_UPDATE_MESSAGE, CallbackType.UPDATE_MESSAGE) and not from_message:
            raise errors.DiscordHTTPError(
                400, 40004, "Interaction callback type is not valid for this interaction."
            )
        if kind == CallbackType.MODAL and record.type == InteractionType.MODAL_SUBMIT:
            raise errors.DiscordHTTPError(400, 40004, "A modal cannot answer a modal submit.")
        if kind == CallbackType.MODAL:
            check_top_level_components(list(data.get("components") or []), "data.components")
        message: MessageState | None = None
        if kind == CallbackType.CHANNEL_MESSAGE_WITH_SOURCE:
            message = new_message(record, data, request)
            record.original_message_id = message.id
            registry.acknowledge(record, kind, data)
            await core.events.message_create(message)
        elif kind == CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE:
            loading = {"content": "", "flags": int(data.get("flags") or 0) & int(MessageFlag.EPHEMERAL)}
            message = new_message(record, loading, request, allow_empty=True)
            message.flags |= MessageFlag.LOADING
            record.original_message_id = message.id
            registry.acknowledge(record, kind, data)
            await core.events.message_create(message)
        elif kind in (CallbackType.DEFERRED_UPDATE_MESSAGE, CallbackType.UPDATE_MESSAGE):
            record.original_message_id = record.source_message_id
            registry.acknowledge(record, kind, data)
            if kind == CallbackType.UPDATE_MESSAGE and record.source_message_id is not None:
                message = world.messages[record.source_message_id]
                edit_message(world, message, data, request.files)
                await core.events.message_update(message)
        else:
            registry.acknowledge(record, kind, data)
        if not request.flag("with_response"):
            return Reply(204)
        interaction: dict[str, Any] = {
            "id": str(record.id),
            "type": int(record.type),
            "activity_instance_id": None,
        }
        resource: dict[str, Any] = {"type": int(kind)}
        if message is not None:
            interaction.update(
                {
                    "response_message_id": str(message.id),
                    "response_message_loading": message.loading,
                    "response_message_ephemeral": message.ephemeral,
                }
            )
            resource["message"] = message_payload(world, message)
        return {"interaction": interaction, "resource": resource}

    def webhook_record(request: RestRequest) -> InteractionRecord:
        if request.snowflake("webhook_id") != app.id:
            raise errors.unknown("webhook")
        return registry.for_webhook(request.params["webhook_token"])

    def record_message(request: RestRequest, record: InteractionRecord) -> MessageState:
        raw = request.params["message_id"]
        if raw == "@original":
            message_id = record.original_message_id
        else:
            message_id = int(raw) if raw.isdigit() else None
            if message_id not in record.followup_ids and message_id != record.original_message_id:
                message_id = None
        message = world.messages.get(message_id) if message_id is not None else None
        if message is None or message.deleted:
            raise errors.unknown("message")
        return message

    async def followup(request: RestRequest) -> Any:
        record = webhook_record(request)
        body = request.body()
        original = world.messages.get(record.original_message_id or 0)
        if original is not None and original.loading and original.author_id == app.bot_user_id:
            kept = original.flags & MessageFlag.EPHEMERAL
            edit_message(world, original, {k: v for k, v in body.items() if k != "flags"}, request.files)
            original.flags |= kept
            await core.events.message_update(original)
            message = original
        else:
            message = new_message(
                record,
                body,
                request,
                meta={"original_response_message_id": _snowflake(record.original_message_id)},
            )
            record.followup_ids.append(message.id)
            await core.events.message_create(message)
        if not request.flag("wait"):
            return Reply(204)
        return message_payload(world, message)

    async def get_message(request: RestRequest) -> Any:
        return message_payload(world, record_message(request, webhook_record(request)))

    async def edit(request: RestRequest) -> Any:
        message = record_message(request, webhook_record(request))
        edit_message(world, message, request.body(), request.files)
        await core.events.message_update(message)
        return message_payload(world, message)

    async def delete(request: RestRequest) -> Any:
        message = record_message(request, webhook_record(request))
        message.deleted = True
        await core.events.message_delete(message)
        return Reply(204)

    router.add("POST", "/interactions/{interaction_id}/{interaction_token}/callback", callback, auth=False)
    hook = "/webhooks/{webhook_id}/{webhook_token}"
    router.add("POST", hook, followup, auth=False)
    router.add("GET", hook + "/messages/{message_id}", get_message, auth=False)
    router.add("PATCH", hook + "/messages/{message_id}", edit, auth=False)
    router.add("DELETE", hook + "/messages/{message_id}", delete, auth=False)


def _snowflake(value: int | None) -> str | None:
    return None if value is None else str(value)

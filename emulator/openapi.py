"""Validate REST request bodies against Discord's official OpenAPI 3.1 description.

The emulator calls :meth:`OpenAPIValidator.validate` for every request; a body that does not conform gets
Discord's ``50035 Invalid Form Body`` answer, with the errors nested by the JSON path of each failure.

The spec is loaded once per file and shared by every validator. Each operation gets a JSON-Schema
validator (Draft 2020-12, ``$ref`` through a ``referencing`` registry, lookups memoised), built on first
use and cached. Overlays (``_apply_overlays``) make the spec say what Discord really accepts: unions are
first-match, snowflakes may be integers, permission bitfields may be digit strings, bot message content
stops at 2000 characters; unions told apart by ``type`` are dispatched on it, which is faster and
gives Discord-like errors.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

__all__ = ["DEFAULT_SPEC", "INVALID_FORM_BODY", "OpenAPIValidator"]

INVALID_FORM_BODY = 50035
_SPEC_RELATIVE = Path("shared") / "discord-api" / "openapi.json"
_DOC_URI = "urn:havre:discord-openapi"
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_API_PREFIX = re.compile(r"^/api(?:/v\d+)?(?=/|$)")
_SNOWFLAKE_PATTERN = "^(0|[1-9][0-9]*)$"
_DIGITS_PATTERN = "^[0-9]+$"
_PERMISSION_FIELDS = frozenset({"allow", "deny", "permissions", "default_member_permissions"})
_BOT_CONTENT = ("MessageCreateRequest", "MessageEditRequestPartial", "BaseCreateMessageCreateRequest")
# Unions Discord resolves from the target (the kind of channel), not from a field of the body.
_KIND_UNIONS = (
    frozenset({"UpdateDMRequestPartial", "UpdateGroupDMRequestPartial"})
    | {"UpdateGuildChannelRequestPartial", "UpdateThreadRequestPartial"},
    frozenset({"CreateForumThreadRequest", "CreateTextThreadWithoutMessageRequest"}),
)
_DISPATCH, _NULLABLE, _UNION = "x-havre-dispatch", "x-havre-nullable", "x-havre-union"
_INT_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _default_spec() -> Path | None:
    """``$HAVRE_DISCORD_OPENAPI``, else the first ``shared/discord-api/openapi.json`` above this file."""
    if override := os.environ.get("HAVRE_DISCORD_OPENAPI"):
        return Path(override)
    for parent in Path(__file__).resolve().parents:
        if (parent / _SPEC_RELATIVE).is_file():
            return parent / _SPEC_RELATIVE
    return None


DEFAULT_SPEC: Path | None = _default_spec()

# ------------------------------------------------------------------------------------------ formats


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return len(value) > len("2024-01-01")  # a bare date is not a timestamp


def _is_uri(value: object) -> bool:
    parts = urlsplit(value) if isinstance(value, str) else None
    return parts is None or bool(
        re.fullmatch(r"[A-Za-z][\w+.-]*", parts.scheme) and (parts.netloc or parts.path)
    )


def _format_checker() -> FormatChecker:
    """The formats we check; any other one (``nonce``, ``double``...) always passes."""
    checker = FormatChecker(formats=())
    checker.checks("date-time")(_is_date_time)
    checker.checks("uri")(_is_uri)
    for name, (low, high) in _INT_FORMATS.items():
        checker.checks(name)(
            lambda v, low=low, high=high: not isinstance(v, int) or isinstance(v, bool) or low <= v <= high
        )
    return checker


# ------------------------------------------------------------------------------------------ overlays


def _walk(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _apply_overlays(doc: dict[str, Any]) -> None:
    """Adjust the spec, in place, to what Discord accepts and enforces in practice."""
    schemas: dict[str, Any] = doc["components"]["schemas"]
    for node in _walk(doc):
        # Discord's unions take the first variant that fits ("x-discord-union"): anyOf, not oneOf.
        if "oneOf" in node:
            node["anyOf"] = node.pop("oneOf")
        for simplify in (_constants, _nullable, _dispatch_on_type):
            if "anyOf" in node:
                simplify(node, schemas)
        props: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
        for name in _PERMISSION_FIELDS & props.keys():
            field = props[name]  # bitfields travel as strings; discord.py sends str or int
            if isinstance(field, dict) and "integer" in (field.get("type") or ()):
                props[name] = {"anyOf": [field, {"type": "string", "pattern": _DIGITS_PATTERN}]}
    for node in _walk(doc["paths"]):
        if "anyOf" in node:
            _close_kind_union(node["anyOf"], schemas)
    # Snowflakes are digit strings, but Discord also takes JSON integers (discord.py sends ints).
    integer = {"type": "integer", "minimum": 0, "maximum": 2**64 - 1}
    schemas["SnowflakeType"] = {"anyOf": [schemas["SnowflakeType"], integer]}
    for name in _BOT_CONTENT:  # 4000 characters is the Nitro limit; bots are held to 2000
        content = schemas.get(name, {}).get("properties", {}).get("content", {})
        content["maxLength"] = min(content.get("maxLength", 2000), 2000)


def _constants(node: dict[str, Any], schemas: dict[str, Any]) -> None:
    """An anyOf of titled constants (Discord's enums) becomes a one-step ``enum``."""
    if all(
        isinstance(b, dict) and "const" in b and b.keys() <= {"const", "title", "description"}
        for b in node["anyOf"]
    ):
        node["enum"] = [branch["const"] for branch in node.pop("anyOf")]


def _nullable(node: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``anyOf: [{type: null}, S]`` becomes ``x-havre-nullable: S``: null passes, anything else meets S."""
    rest = [branch for branch in node["anyOf"] if branch != {"type": "null"}]
    if rest and len(rest) == len(node["anyOf"]) - 1:
        del node["anyOf"]
        node[_NULLABLE] = rest[0] if len(rest) == 1 else {"anyOf": rest}


def _type_values(branch: object, schemas: dict[str, Any]) -> list[object]:
    """The values of ``type`` that select this variant (empty if it is not an object typed that way)."""
    if not isinstance(branch, dict):
        return []
    ref = branch.get("$ref", "")
    schema = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref.startswith("#/components/schemas/") else branch
    kind = schema.get("properties", {}).get("type")
    if schema.get("type") != "object" or not isinstance(kind, dict):
        return []
    return list(kind.get("enum", [kind["const"]] if "const" in kind else []))


def _dispatch_on_type(node: dict[str, Any], schemas: dict[str, Any]) -> None:
    """A union of objects told apart by ``type`` is dispatched on it: only the chosen variant is checked.

    In anyOf every failing variant costs a full error tree, and its errors hide the useful ones.
    """
    selectors = [_type_values(branch, schemas) for branch in node["anyOf"]]
    cases = {json.dumps(v): b for values, b in zip(selectors, node["anyOf"], strict=True) for v in values}
    if len(selectors) > 1 and all(selectors) and len(cases) == sum(map(len, selectors)):
        del node["anyOf"]
        node[_DISPATCH] = {"cases": cases, "choices": [v for values in selectors for v in values]}


def _close_kind_union(branches: list[Any], schemas: dict[str, Any]) -> None:
    """In a kind-selected union, a variant refuses the fields only its siblings know.

    Without this, ``PATCH /channels/{id}`` would take any body: the DM variant is nearly empty.
    """
    names = [b.get("$ref", "").rsplit("/", 1)[-1] if isinstance(b, dict) else "" for b in branches]
    if frozenset(names) in _KIND_UNIONS:
        known = {name: set(schemas[name].get("properties", {})) for name in names}
        everything = set().union(*known.values())
        for index, name in enumerate(names):
            if foreign := sorted(everything - known[name]):
                branches[index] = {"allOf": [branches[index]], "propertyNames": {"not": {"enum": foreign}}}


# ------------------------------------------------------------------------------------------ keywords


def _dispatch(validator: Any, spec: dict[str, Any], instance: object, schema: Any) -> Iterator[Any]:
    if not isinstance(instance, dict):
        yield ValidationError("not an object", validator="type", validator_value="object")
    elif "type" not in instance:
        yield ValidationError("type is required", validator="required", validator_value=["type"])
    elif (branch := spec["cases"].get(json.dumps(instance["type"], default=str))) is not None:
        yield from validator.descend(instance, branch)
    else:
        yield ValidationError(
            "unknown type",
            validator="enum",
            validator_value=spec["choices"],
            instance=instance["type"],
            schema={_UNION: True},
            path=["type"],
        )


def _or_null(validator: Any, subschema: Any, instance: object, schema: Any) -> Iterator[Any]:
    if instance is not None:
        yield from validator.descend(instance, subschema)


def _validator_class() -> Any:
    """Draft 2020-12 plus our keywords; ``$ref`` lookups are memoised.

    Memoising by the reference alone is sound: the spec has no ``$id``, relative references are only met
    inside the document and the entry points are absolute.
    """
    resolved: dict[str, Any] = {}

    def ref(validator: Any, ref: str, instance: object, schema: Any) -> Iterator[Any]:
        if (target := resolved.get(ref)) is None:
            target = resolved[ref] = validator._resolver.lookup(ref)
        yield from validator.descend(instance, target.contents, resolver=target.resolver)

    return validators.extend(Draft202012Validator, {"$ref": ref, _DISPATCH: _dispatch, _NULLABLE: _or_null})


# ------------------------------------------------------------------------------------------ errors

_Entry = tuple[list[str | int], dict[str, str]]
_TYPES = {
    "object": ("DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType."),
    "array": ("LIST_TYPE_CONVERT", "Only iterables may be used in a ListType."),
    "integer": ("NUMBER_TYPE_COERCE", "Value {value} is not int."),
    "number": ("NUMBER_TYPE_COERCE", "Value {value} is not a number."),
    "boolean": ("BOOLEAN_TYPE_CONVERT", "Value {value} is not bool."),
    "string": ("STRING_TYPE_CONVERT", "Value {value} is not a string."),
}
_FORMATS = {
    "date-time": ("DATE_TIME_TYPE_PARSE", "Could not parse {value}. Should be ISO8601."),
    "uri": ("URL_TYPE_INVALID_URL", "Not a well formed URL."),
    "int32": ("NUMBER_TYPE_MAX", "Value {value} does not fit in a 32-bit integer."),
    "int64": ("NUMBER_TYPE_MAX", "Value {value} does not fit in a 64-bit integer."),
}
_PATTERNS = {
    _SNOWFLAKE_PATTERN: ("NUMBER_TYPE_COERCE", "Value {value} is not snowflake."),
    _DIGITS_PATTERN: ("NUMBER_TYPE_COERCE", "Value {value} is not int."),
}
_LIMITS = {
    "maxLength": ("BASE_TYPE_MAX_LENGTH", "Must be {limit} or fewer in length."),
    "minLength": ("BASE_TYPE_MIN_LENGTH", "Must be {limit} or more in length."),
    "maximum": ("NUMBER_TYPE_MAX", "Value should be less than or equal to {limit}."),
    "minimum": ("NUMBER_TYPE_MIN", "Value should be greater than or equal to {limit}."),
}
_SAME_AS = {"maxItems": "maxLength", "maxProperties": "maxLength", "minItems": "minLength"}
_SAME_AS |= {"minProperties": "minLength", "exclusiveMaximum": "maximum", "exclusiveMinimum": "minimum"}


def _choices(values: Iterable[object]) -> str:
    ordered = list(values)
    if all(isinstance(value, int) for value in ordered):
        ordered.sort(key=lambda value: value if isinstance(value, int) else 0)
    return "(" + ", ".join(json.dumps(value) for value in ordered) + ")"


def _describe(error: ValidationError) -> tuple[str, str]:
    """Map one jsonschema failure to a Discord-style (code, message)."""
    kind, expected = str(error.validator), error.validator_value
    value = json.dumps(error.instance, default=str)[:60]
    found: tuple[str, str] | None = None
    if kind == "required":
        return "BASE_TYPE_REQUIRED", "This field is required"
    if kind == "enum" and isinstance(error.schema, dict) and error.schema.get(_UNION):
        return "UNION_TYPE_CHOICES", f'Value of field "type" must be one of {_choices(expected)}.'
    if kind in ("enum", "const"):
        return (
            "BASE_TYPE_CHOICES",
            f"Value must be one of {_choices(expected if kind == 'enum' else [expected])}.",
        )
    if kind == "uniqueItems":
        return "LIST_ITEM_VALUE_DUPLICATE", "Items in this list must be unique."
    if kind in _LIMITS or kind in _SAME_AS:
        code, template = _LIMITS[_SAME_AS.get(kind, kind)]
        return code, template.format(limit=expected)
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else [t for t in expected if t != "null"]
        found = _TYPES.get(wanted[0] if wanted else "")
    elif kind == "format":
        found = _FORMATS.get(expected)
    elif kind == "pattern" and (found := _PATTERNS.get(expected)) is None:
        return "STRING_TYPE_REGEX", f"String value did not match validation regex {expected}."
    if found is None:
        return "BASE_TYPE_INVALID", f"Invalid value ({kind})."
    return found[0], found[1].format(value=value)


def _is_foreign_field(error: ValidationError) -> bool:
    return error.validator == "not" and "propertyNames" in error.relative_schema_path


def _branch_rank(errors: list[ValidationError]) -> tuple[int, int, int]:
    """Which failing variant the body was most likely meant for (lowest first)."""
    if any(not e.relative_path and e.validator == "type" for e in errors):
        rank = 2  # the variant wants another JSON type
    else:
        rank = 1 if any(_is_foreign_field(e) for e in errors) else 0  # fields of another variant
    return rank, len(errors), -max(len(e.relative_path) for e in errors)


def _entries(error: ValidationError) -> Iterator[_Entry]:
    """Yield (path, Discord error) pairs; a failed union descends into the variant that fits best."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[int, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
        for sub in min(branches.values(), key=_branch_rank):
            yield from _entries(sub)
        return
    path: list[str | int] = list(error.absolute_path)
    if _is_foreign_field(error):
        message = "This field does not apply to this kind of object."
        yield [*path, str(error.instance)], {"code": "BASE_TYPE_BAD_FIELD", "message": message}
        return
    code, message = _describe(error)
    names = error.validator_value if error.validator == "required" else [None]
    for name in names:
        if name is None:
            yield path, {"code": code, "message": message}
        elif isinstance(error.instance, dict) and name not in error.instance:
            yield [*path, name], {"code": code, "message": message}


def _error_tree(errors: Iterable[ValidationError]) -> dict[str, Any]:
    """Nest the errors by JSON path as Discord does; array indexes become "0", "1"..."""
    tree: dict[str, Any] = {}
    for error in errors:
        for path, entry in _entries(error):
            node = tree
            for key in path:
                node = node.setdefault(str(key), {})
            bucket = node.setdefault("_errors", [])
            if entry not in bucket:
                bucket.append(entry)
    return tree


# ------------------------------------------------------------------------------------------ spec

_Route = tuple[tuple[int, ...], str, str, list[re.Pattern[str] | str]]


def _split(path: str) -> list[str]:
    return [unquote(segment) for segment in path.strip("/").split("/") if segment]


class _Spec:
    """One loaded spec: the route table, the registry and the per-operation validators."""

    def __init__(self, path: Path) -> None:
        self.doc = json.loads(path.read_text(encoding="utf-8"))
        _apply_overlays(self.doc)
        self.registry: Registry[Any] = Registry().with_resource(
            _DOC_URI, DRAFT202012.create_resource(self.doc)
        )
        self.format_checker = _format_checker()
        self.validator_class = _validator_class()
        self.validators: dict[tuple[str, str, str], Any] = {}
        self.routes: dict[int, list[_Route]] = {}
        for template, item in self.doc["paths"].items():
            matchers: list[re.Pattern[str] | str] = [
                re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(s))) if "{" in s else s
                for s in _split(template)
            ]
            score = tuple(0 if isinstance(m, str) else 1 for m in matchers)  # literal segments first
            for method in _METHODS & item.keys():
                self.routes.setdefault(len(matchers), []).append((score, method, template, matchers))
        for table in self.routes.values():
            table.sort(key=lambda route: route[0])

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        segments = _split(path)
        for _score, verb, template, matchers in self.routes.get(len(segments), []):
            if verb != method.lower():
                continue
            params: dict[str, str] = {}
            for matcher, segment in zip(matchers, segments, strict=True):
                if isinstance(matcher, str):
                    if matcher != segment:
                        break
                elif found := matcher.fullmatch(segment):
                    params.update(found.groupdict())
                else:
                    break
            else:
                return template, params
        return None

    def validator(self, method: str, template: str, media: str) -> Any:
        key = (method, template, media)
        if key not in self.validators:
            self.validators[key] = self._build(method, template, media)
        return self.validators[key]

    def _build(self, method: str, template: str, media: str) -> Any:
        """The schema for this body: multipart uses ``payload_json``'s schema, else the JSON one."""
        content: dict[str, Any] = (self.doc["paths"][template][method].get("requestBody") or {}).get(
            "content", {}
        )
        where = ["paths", template, method, "requestBody", "content"]
        multipart = content.get(media, {}).get("schema", {}) if media == "multipart/form-data" else {}
        if "payload_json" in multipart.get("properties", {}):
            where += [media, "schema", "properties", "payload_json"]
        elif media in content and media != "multipart/form-data":
            where += [media, "schema"]
        elif "application/json" in content:
            where += ["application/json", "schema"]
        else:
            return None  # no JSON body for this operation (or form fields only): nothing to check
        pointer = "/".join(part.replace("~", "~0").replace("/", "~1") for part in where)
        schema = {"$ref": f"{_DOC_URI}#/{pointer}"}
        return self.validator_class(schema, registry=self.registry, format_checker=self.format_checker)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> _Spec:
    return _Spec(Path(path))


# ------------------------------------------------------------------------------------------ public


class OpenAPIValidator:
    """Checks request bodies against Discord's OpenAPI spec; answers Discord-format errors."""

    def __init__(self, spec_path: Path | None = DEFAULT_SPEC) -> None:
        self.spec_path = spec_path
        self.skip_note: str | None = None
        self._spec: _Spec | None = None
        if spec_path is None or not Path(spec_path).is_file():
            where = spec_path if spec_path is not None else f"../{_SPEC_RELATIVE.as_posix()}"
            self.skip_note = (
                f"request bodies are NOT validated: Discord OpenAPI spec {where} not found; "
                "set HAVRE_DISCORD_OPENAPI to the path of openapi.json"
            )
            return
        resolved = Path(spec_path).resolve()
        self._spec = _load(str(resolved), resolved.stat().st_mtime_ns)

    @staticmethod
    def normalise_path(path: str) -> str:
        """``https://host/api/v10/channels/1?x=y`` -> ``/channels/1``."""
        return _API_PREFIX.sub("", "/" + urlsplit(path).path.lstrip("/")) or "/"

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        """The spec template and path parameters of a request; literal segments beat ``{params}``."""
        return None if self._spec is None else self._spec.match(method, self.normalise_path(path))

    def validate(
        self, method: str, path: str, body: object | None, content_type: str = "application/json"
    ) -> dict[str, Any] | None:
        """None if the body conforms or nothing is checked (no spec, no body, no schema, unknown route);
        otherwise Discord's 50035 answer with the errors nested by JSON path."""
        if self._spec is None or body is None or (found := self.match(method, path)) is None:
            return None
        media = content_type.split(";", 1)[0].strip().lower() or "application/json"
        validator = self._spec.validator(method.lower(), found[0], media)
        errors = list(validator.iter_errors(body)) if validator is not None else []
        if not errors:
            return None
        return {"code": INVALID_FORM_BODY, "message": "Invalid Form Body", "errors": _error_tree(errors)}

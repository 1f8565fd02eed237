"""schemathesis hooks for the contract check (loaded by Tests/Contract/run through SCHEMATHESIS_HOOKS).

Two workarounds of schemathesis 4.32.5 bugs; neither skips a check, an operation or a case the
server could get wrong.

schemathesis 4.32.5 fills a header parameter from a link it infers with the linked value as it is:
Petstore's `X-Request-Id` header gets a pet's integer `id`, which `requests` refuses to send, and
the run ends in a "Network Error" before the server is asked anything. A header is text; this
sends the value as schemathesis means it.
"""
import schemathesis


@schemathesis.hook
def before_call(context, case, **kwargs):
    for name, value in list((case.headers or {}).items()):
        if not isinstance(value, (str, bytes)):
            case.headers[name] = str(value).lower() if isinstance(value, bool) else str(value)


# schemathesis 4.32.5 also negates `format: binary` on multipart file fields (and list items): it
# drops the format, draws a text value and expects the server to refuse the file part that carries
# it. Any bytes are a valid binary file, so no such request is invalid, and its own coverage phase
# already skips binary formats for that reason (`_negative_format_for_declared_types`). This makes
# the fuzzing phase agree, as it does for formats in headers (`PLAIN_HEADER_FORMATS`): nothing is
# skipped, only requests that violate nothing are no longer called violations.
from schemathesis.specs.openapi.negative import mutations as _mutations

_is_negatable_keyword = _mutations.is_negatable_keyword


def _is_negatable_keyword_but_binary(key, value, *, location, allow_extra_parameters):
    if key == "format" and value in ("binary", "byte"):
        return False
    return _is_negatable_keyword(key, value, location=location, allow_extra_parameters=allow_extra_parameters)


_mutations.is_negatable_keyword = _is_negatable_keyword_but_binary

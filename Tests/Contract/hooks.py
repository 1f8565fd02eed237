"""schemathesis hooks for the contract check (loaded by Tests/Contract/run through SCHEMATHESIS_HOOKS).

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

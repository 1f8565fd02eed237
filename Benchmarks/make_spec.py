#!/usr/bin/env python3
"""Writes a realistic Hattori spec of N operations for benchmarks.

Routers nest two deep, every auth kind appears (API keys in query/header/cookie, bearer, basic,
the three session kinds, custom, lists of them, router and operation overrides), schemas have
nested and optional fields, enums and defaults, and operations take path, query, header, form
and JSON inputs and answer several statuses. Same N, same output.

With --rich, also what issue 14 added: field and parameter constraints, date/email/url fields,
maps, unions (a discriminated one per ten schemas, and smart ones), file uploads, response
headers, CSV and PNG responses, and the API's own validation answer. Without it, the spec is the
one earlier gens read (so that Benchmarks/ab-gen and ab-build can compare them).

    python3 Benchmarks/make_spec.py 1000 > /tmp/bench1000/api.yaml
    python3 Benchmarks/make_spec.py 1000 --rich > /tmp/bench1000-rich/api.yaml
"""
import sys

SCHEMES = """schemes:
  Bearer: {kind: bearer}
  Basic: {kind: basic}
  QueryKey: {kind: APIKeyQuery, implementation: KeyCheck}
  HeaderKey: {kind: APIKeyHeader, param: X-API-Key, implementation: KeyCheck}
  CookieKey: {kind: APIKeyCookie}
  Session: {kind: session}
  Superuser: {kind: session-superuser}
  Staff: {kind: session-staff}
  Custom: {kind: custom, identity: Identity}
"""
AUTHS = ["Bearer", "Basic", "[QueryKey, HeaderKey]", "CookieKey", "Session", "Superuser", "Staff", "Custom",
         "[Custom, Bearer]", "null"]


def schemas(count, rich):
    lines = ["schemas:",
             "  Identity: {fields: {name: string, roles: \"[string]\"}}",
             "  Status: {enum: [active, paused, archived]}",
             "  Problem: {fields: {detail: string, code: \"int?\"}}"]
    if rich:
        lines += ["  Errors: {fields: {errors: \"{string: [string]}\", detail: \"[any]\"}}",
                  "  Pickup: {fields: {method: {enum: [pickup]}, store: {type: string, min_length: 1}}}",
                  "  Delivery: {fields: {method: {enum: [delivery]}, address: string, express: {type: bool, default: false}}}"]
    for i in range(count):
        lines += [
            f"  Item{i}:",
            f"    description: Item number {i}.",
            "    fields:",
            "      id: int",
            "      name: string",
            "      price: {type: number, default: 0}",
            "      status: {type: Status, default: active}",
            "      tags: \"[string]\"",
            "      note: \"string?\"",
            "      created: \"date-time?\"",
            f"      owner: {{type: \"Identity?\", description: Who owns item {i}.}}",
        ]
        if i > 0:
            lines.append(f"      parent: \"Item{i - 1}?\"")
        if rich:
            lines += [
                "      code: {type: string, min_length: 3, max_length: 12, pattern: \"^[A-Z0-9-]+$\", default: ABC}",
                "      stock: {type: int, ge: 0, le: 100000, default: 0}",
                "      released: \"date?\"",
                "      contact: \"email?\"",
                "      site: \"url?\"",
                "      labels: \"{string: string}?\"",
            ]
            if i % 10 == 0:
                lines += [f"      shipping: \"Shipping{i}?\"", f"      media: \"Either{i}?\""]
    if rich:
        for i in range(0, count, 10):
            lines += [f"  Shipping{i}: {{oneOf: [Pickup, Delivery], discriminator: method}}",
                      f"  Either{i}: {{oneOf: [Identity, Problem]}}"]
    return lines


def operation(index, schema_count, rich):
    item = f"Item{index % schema_count}"
    kind = index % 5
    auth = AUTHS[index % len(AUTHS)]
    head = f"      op{index}:"
    if kind == 0:
        return [head, f"        method: GET", f"        path: /things{index}/{{id}}",
                f"        summary: Get thing {index}", f"        auth: {auth}",
                "        params: {id: {in: path, type: int}, X-Trace: {in: header, type: \"string?\"}}",
                f"        responses: {{200: {item}, 404: Problem}}"]
    if kind == 1 and rich:
        return [head, "        method: GET", f"        path: /things{index}",
                f"        auth: {auth}",
                "        params: {limit: {type: int, ge: 1, le: 100, default: 20}, status: \"Status?\", tag: {type: \"[string]?\", max_items: 5}}",
                f"        responses: {{200: {{body: \"[{item}]\", headers: {{X-Total-Count: int, X-Next: \"int?\"}}}}}}"]
    if kind == 1:
        return [head, "        method: GET", f"        path: /things{index}",
                f"        auth: {auth}",
                "        params: {limit: {type: int, default: 20}, status: \"Status?\", tag: \"[string]?\"}",
                f"        responses: {{200: \"[{item}]\"}}"]
    if kind == 2:
        return [head, "        method: POST", f"        path: /things{index}",
                f"        auth: {auth}", f"        body: {item}",
                f"        responses: {{201: {item}, 409: Problem}}"]
    if kind == 3:
        files = ", photo: \"file?\", extras: \"[file]?\"" if rich else ""
        return [head, "        method: [PUT, PATCH]", f"        path: /things{index}/{{id}}",
                f"        auth: {auth}", "        params: {id: {in: path, type: int}}",
                "        form: {name: string, note: \"string?\", count: {type: int, default: 1}" + files + "}",
                f"        responses: {{200: {item}, 404: Problem}}"]
    if rich and index % 10 == 4:
        media = "{content: text/csv, filename: things.csv}" if index % 20 == 4 else "{content: image/png, headers: {ETag: string}}"
        return [head, "        method: GET", f"        path: /things{index}/{{id}}/export",
                f"        auth: {auth}", "        params: {id: {in: path, type: int}}",
                f"        responses: {{200: {media}, 404: Problem}}"]
    return [head, "        method: DELETE", f"        path: /things{index}/{{id}}",
            f"        auth: {auth}", "        params: {id: {in: path, type: int}}",
            "        responses: {204: null, 404: Problem}"]


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--rich"]
    rich = "--rich" in sys.argv[1:]
    count = int(arguments[0]) if arguments else 100
    schema_count = max(5, count // 5)
    per_router = 20
    out = [f"# A generated benchmark spec with {count} operations (Benchmarks/make_spec.py).",
           "hattori: 1", f"name: Bench{count}", "title: Benchmark API", "version: 1.0.0", "auth: Bearer", SCHEMES.rstrip()]
    if rich:
        out.append("validation_error: {status: 422, body: Errors}")
    out += schemas(schema_count, rich)
    out.append("routers:")
    index = 0
    router = 0
    while index < count:
        out += [f"  r{router}:", f"    prefix: /r{router}", f"    tags: [r{router}]"]
        if router % 3 == 1:
            out.append("    auth: Basic")
        out.append("    operations:")
        for _ in range(per_router // 2):
            if index < count:
                out += operation(index, schema_count, rich)
                index += 1
        # A nested router holds the other half.
        if index < count:
            out += ["    routers:", "      child:", "        prefix: /child", "        operations:"]
            for _ in range(per_router // 2):
                if index < count:
                    out += ["    " + line for line in operation(index, schema_count, rich)]
                    index += 1
        router += 1
    print("\n".join(out))


if __name__ == "__main__":
    main()

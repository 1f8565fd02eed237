#!/usr/bin/env python3
"""Writes a realistic Hattori spec of N operations for benchmarks.

Routers nest two deep, every auth kind appears (API keys in query/header/cookie, bearer, basic,
the three session kinds, custom, lists of them, router and operation overrides), schemas have
nested and optional fields, enums and defaults, and operations take path, query, header, form
and JSON inputs and answer several statuses. Same N, same output.

    python3 Benchmarks/make_spec.py 1000 > /tmp/bench1000/api.yaml
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


def schemas(count):
    lines = ["schemas:",
             "  Identity: {fields: {name: string, roles: \"[string]\"}}",
             "  Status: {enum: [active, paused, archived]}",
             "  Problem: {fields: {detail: string, code: \"int?\"}}"]
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
    return lines


def operation(index, schema_count):
    item = f"Item{index % schema_count}"
    kind = index % 5
    auth = AUTHS[index % len(AUTHS)]
    head = f"      op{index}:"
    if kind == 0:
        return [head, f"        method: GET", f"        path: /things{index}/{{id}}",
                f"        summary: Get thing {index}", f"        auth: {auth}",
                "        params: {id: {in: path, type: int}, X-Trace: {in: header, type: \"string?\"}}",
                f"        responses: {{200: {item}, 404: Problem}}"]
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
        return [head, "        method: [PUT, PATCH]", f"        path: /things{index}/{{id}}",
                f"        auth: {auth}", "        params: {id: {in: path, type: int}}",
                "        form: {name: string, note: \"string?\", count: {type: int, default: 1}}",
                f"        responses: {{200: {item}, 404: Problem}}"]
    return [head, "        method: DELETE", f"        path: /things{index}/{{id}}",
            f"        auth: {auth}", "        params: {id: {in: path, type: int}}",
            "        responses: {204: null, 404: Problem}"]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    schema_count = max(5, count // 5)
    per_router = 20
    out = [f"# A generated benchmark spec with {count} operations (Benchmarks/make_spec.py).",
           "hattori: 1", f"name: Bench{count}", "title: Benchmark API", "version: 1.0.0", "auth: Bearer", SCHEMES.rstrip()]
    out += schemas(schema_count)
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
                out += operation(index, schema_count)
                index += 1
        # A nested router holds the other half.
        if index < count:
            out += ["    routers:", "      child:", "        prefix: /child", "        operations:"]
            for _ in range(per_router // 2):
                if index < count:
                    out += ["    " + line for line in operation(index, schema_count)]
                    index += 1
        router += 1
    print("\n".join(out))


if __name__ == "__main__":
    main()

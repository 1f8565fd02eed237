import Hummingbird

/// Serves the API's OpenAPI document at `{prefix}/openapi.json` and Swagger UI at
/// `{prefix}/docs`, as Django Ninja does. Swagger UI's assets come from a CDN by default, or
/// from `--docs-assets-url` for offline and self-hosted use.
public enum APIDocs {
    public static let defaultAssetsURL = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/"

    public static func register(on table: inout RouteTable, prefix: String, title: String, document: String,
                                configuration: HattoriConfiguration) {
        let documentPath = join(prefix, "openapi.json")
        let page = html(title: title, documentURL: documentPath, assetsURL: configuration.docsAssetsURL)
        table.add(.get, documentPath) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: document)))
        }
        table.add(.get, join(prefix, "docs")) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
    }

    static func join(_ prefix: String, _ leaf: String) -> String {
        (prefix.hasSuffix("/") ? prefix : prefix + "/") + leaf
    }

    /// Django Ninja's Swagger UI page; the Authorize button offers every documented scheme.
    static func html(title: String, documentURL: String, assetsURL: String) -> String {
        let assets = assetsURL.hasSuffix("/") ? assetsURL : assetsURL + "/"
        return """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <link type="text/css" rel="stylesheet" href="\(escape(assets))swagger-ui.css">
            <title>\(escape(title))</title>
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script src="\(escape(assets))swagger-ui-bundle.js"></script>
            <script>
            const ui = SwaggerUIBundle({
                url: "\(escape(documentURL))",
                dom_id: "#swagger-ui",
                layout: "BaseLayout",
                deepLinking: true,
                persistAuthorization: true,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
            })
            </script>
            </body>
            </html>

            """
    }

    /// Text made safe for HTML and for a double-quoted JavaScript string inside it.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\": result += "&#92;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

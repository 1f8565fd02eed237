import Foundation

/// A route path such as `/pets/{petId}/toys`: its `{parameter}` names, or what is wrong with it.
struct PathTemplate {
    var parameters: [String] = []
    var problem: String?

    init(_ path: String) {
        guard path.hasPrefix("/") else {
            problem = "must start with '/'"
            return
        }
        if path.contains("?") || path.contains("#") {
            problem = "must not contain a query or fragment ('?', '#'); declare query parameters under 'params'"
            return
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            let opens = segment.filter { $0 == "{" }.count, closes = segment.filter { $0 == "}" }.count
            if opens == 0 && closes == 0 {
                if segment.contains(":") || segment.contains("*") {
                    problem = "segment '\(segment)' uses router syntax (':', '*'); write parameters as '{name}'"
                    return
                }
                continue
            }
            guard opens == 1, closes == 1, segment.first == "{", segment.last == "}" else {
                problem = "segment '\(segment)' must be a whole '{parameter}' or plain text"
                return
            }
            let name = String(segment.dropFirst().dropLast())
            guard !name.isEmpty else {
                problem = "'{}' has no parameter name"
                return
            }
            guard !parameters.contains(name) else {
                problem = "parameter '{\(name)}' appears twice"
                return
            }
            parameters.append(name)
        }
    }

    /// `/api` + `/events/` + `/` → `/api/events/`: joined with single slashes, as Django Ninja normalises.
    static func join(_ parts: [String]) -> String {
        var joined = parts.joined(separator: "/")
        while joined.contains("//") { joined = joined.replacingOccurrences(of: "//", with: "/") }
        return joined.hasPrefix("/") ? joined : "/" + joined
    }

    /// Paths that differ only in parameter names route the same way.
    static func shape(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.hasPrefix("{") ? "{}" : String($0) }
            .joined(separator: "/")
    }
}

/// A check on the resolved API, once the spec itself is valid: no status may be answered with a body
/// by one source and without one by another (an operation's `401: null` under a scheme whose 401
/// carries `{"detail": …}`). The document can describe one or the other, never both, and the
/// server would send both.
enum AnswerCheck {
    static func diagnostics(_ api: ResolvedAPI) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var reported: Set<SourceLocation> = []
        for operation in api.operations {
            for method in operation.httpMethods {
                // A range holds only statuses nothing else answers: it meets no other answer.
                let byStatus = Dictionary(grouping: api.answers(of: operation, method: method).filter { $0.range == nil }, by: \.status)
                for status in byStatus.keys.sorted() {
                    let answers = byStatus[status] ?? []
                    guard let withBody = answers.first(where: { $0.body != .none }),
                          let bodiless = answers.first(where: { $0.body == .none }),
                          let location = bodiless.location ?? withBody.location,
                          reported.insert(location).inserted
                    else { continue }
                    found.append(Diagnostic(
                        "status \(status) of operation '\(operation.specName)' has no body from \(bodiless.source), but a body from \(withBody.source)",
                        at: location,
                        hint: "one status is answered with a body or without one; give \(status) the same body everywhere, or use another status"))
                }
            }
        }
        return found.sorted { $0.location < $1.location }
    }
}

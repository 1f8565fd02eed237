/// Exceptions and the `validation_error` answer.
extension ValidationPass {
    /// An error status with a body: the user's hook turns the issues into it.
    func checkValidationError(_ answer: ExceptionSpec) {
        if !(400...499).contains(answer.status.value) {
            error("'validation_error' has status \(answer.status.value); invalid input is the client's error", at: answer.status.location,
                  hint: "use a status from 400 to 499 (Django Ninja answers 422)")
        }
        if let body = answer.body {
            checkTypeReference(body)
        } else {
            error("'validation_error' has no 'body'", at: answer.name.location,
                  hint: "name the schema the hook builds from the issues: 'body: ErrorModel' (or drop 'validation_error' for the default 422)")
        }
    }

    func checkException(_ exception: ExceptionSpec) {
        if !(400...599).contains(exception.status.value) {
            error("exception '\(exception.name.value)' has status \(exception.status.value); exceptions answer with an error status",
                  at: exception.status.location, hint: "use a status from 400 to 599")
        }
        if let body = exception.body { checkTypeReference(body) }
    }

    func checkExceptionReferences(_ names: [Located<String>]) {
        for name in names where !exceptionNames.contains(name.value) {
            error("unknown exception '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: exceptionNames) ?? "declare it under 'exceptions:'")
        }
    }
}

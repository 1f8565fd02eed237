/// The `WWW-Authenticate` challenge of an HTTP scheme with a `realm` (RFC 9110 §11.6.1, RFC 7617 for
/// basic, RFC 6750 for bearer): what its 401s carry so that clients, and browsers for basic, know
/// how to authenticate. Django Ninja sends none, so a scheme sends one only when it names a realm
/// (each kind's descriptor writes its own, `SchemeKindDescriptor.challenge(realm:)`).
enum Challenge {
    /// A realm is sent inside a quoted string: printable ASCII without `"` or `\`, not empty.
    static func isValidRealm(_ realm: String) -> Bool {
        !realm.isEmpty && realm.unicodeScalars.allSatisfy { (0x20..<0x7F).contains($0.value) && $0 != "\"" && $0 != "\\" }
    }
}

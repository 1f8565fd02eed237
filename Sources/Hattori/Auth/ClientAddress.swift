/// Finds the client's address. `X-Forwarded-For` is only believed when the peer is a proxy
/// the server was told to trust (`--trusted-proxy`); otherwise any client could claim any address.
public enum ClientAddress {
    public static func resolve(peer: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String? {
        guard let peer, trustedProxies.contains(peer) else { return peer }
        // Walk the chain from the nearest hop outwards, skipping proxies we trust.
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            return hop
        }
        return hops.first ?? peer
    }
}

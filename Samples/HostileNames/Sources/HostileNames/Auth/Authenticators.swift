// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

/// Implements the authenticator stubs, one file per stub next to this one. Keep what they
/// need here (a client database, secrets from the environment).
struct Authenticators: AuthenticatorsProtocol {
    init() {}
}

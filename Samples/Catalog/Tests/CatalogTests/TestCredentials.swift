// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HattoriTesting
import CatalogAPI
@testable import Catalog

/// What the auth matrix (`AuthMatrixTests.swift`, gen's) needs from you. As gen created it, the
/// matrix checks refusals alone: every operation with auth refuses requests without credentials,
/// with wrong ones and with malformed ones. Give working credentials for a scheme below and it
/// also checks that they are admitted, by that scheme, wherever the scheme is used, and that lists
/// of schemes try theirs in order. Session schemes need none: the matrix logs users in itself.
enum TestCredentials {
    /// The server under test: build it as your `App.swift` does, with the configuration given
    /// (its session store holds the matrix's sessions).
    static func router(configuration: HattoriConfiguration) -> AuthMatrixRouter {
        makeRouter(handlers: Handlers(), configuration: configuration)
    }

    /// Credentials your authenticators accept, by scheme name as the spec spells it (this spec has
    /// no scheme that takes one yet).
    static let working: [String: TestCredential] = [:]

    /// Custom schemes that admit requests without credentials on purpose (an anonymous fallback,
    /// as `auth: [Token, Anonymous]`): the matrix then expects them to admit wherever they are tried.
    static let admittingWithoutCredentials: Set<String> = []
}

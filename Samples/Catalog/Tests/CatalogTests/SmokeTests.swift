// Created by gen; this file is yours: gen never overwrites it.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hattori
import Testing
import CatalogAPI
@testable import Catalog

/// Starts the server on a free port and checks it answers over HTTP.
@Test func serverAnswersUnknownPathsWithJSON404() async throws {
    try await HattoriServer.withRunningServer(router: makeRouter(handlers: Handlers())) { port in
        let url = URL(string: "http://127.0.0.1:\(port)/no-such-path-\(UUID().uuidString)")!
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 404)
        #expect(String(decoding: data, as: UTF8.self) == #"{"detail":"Not Found"}"#)
    }
}

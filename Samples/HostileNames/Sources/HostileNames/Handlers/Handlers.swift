// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HostileNamesAPI

/// Implements every operation of the API. Keep your state (stores, clients) here; the
/// methods live in one file per router next to this one.
struct Handlers: APIProtocol {
    init() {}
}

// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import PetstoreAPI

/// Implements every operation of the API. Keep your state (stores, clients) here; the
/// methods live in one file per router next to this one.
struct Handlers: APIProtocol {
    /// The pets, kept in memory for this sample.
    let store: PetStore

    init(store: PetStore = PetStore()) {
        self.store = store
    }
}

/// An in-memory pet store, safe to share between concurrent requests.
actor PetStore {
    private var pets: [Int: Pet] = [:]
    private var nextID = 1

    init(pets: [Pet] = []) {
        for pet in pets { self.pets[pet.id] = pet }
        nextID = (pets.map(\.id).max() ?? 0) + 1
    }

    func all() -> [Pet] { pets.values.sorted { $0.id < $1.id } }

    func get(_ id: Int) -> Pet? { pets[id] }

    func add(_ new: NewPet) -> Pet {
        let pet = Pet(
            id: nextID, name: new.name, species: new.species, tag: new.tag, status: new.status, born: new.born)
        pets[pet.id] = pet
        nextID += 1
        return pet
    }

    func update(_ id: Int, with patch: PetPatch) -> Pet? {
        guard var pet = pets[id] else { return nil }
        if let name = patch.name { pet.name = name }
        if let tag = patch.tag { pet.tag = tag }
        if let status = patch.status { pet.status = status }
        pets[id] = pet
        return pet
    }

    func remove(_ id: Int) -> Bool {
        pets.removeValue(forKey: id) != nil
    }
}

// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import PetstoreAPI

extension Handlers {
    /// List pets: a page of pets in id order, filtered by status and tags.
    func listPets(_ input: Operations.ListPets.Input, context: OperationContext) async throws -> Operations.ListPets.Output {
        let query = input.query
        let matching = await store.all().filter { pet in
            (query.status.map { $0 == pet.status } ?? true)
                && (query.tag.map { tags in pet.tag.map(tags.contains) ?? false } ?? true)
        }
        let limit = min(max(query.limit, 0), 100)
        let page = matching.dropFirst(max(query.offset, 0)).prefix(limit)
        return .ok(PetList(items: Array(page), total: matching.count))
    }

    /// Add a pet.
    func createPet(_ input: Operations.CreatePet.Input, context: OperationContext) async throws -> Operations.CreatePet.Output {
        .created(await store.add(input.body))
    }

    /// Find a pet by id.
    func getPet(_ input: Operations.GetPet.Input, context: OperationContext) async throws -> Operations.GetPet.Output {
        guard let pet = await store.get(input.path.petId) else { return .notFound(Message(detail: "Pet not found")) }
        return .ok(pet)
    }

    /// Change a pet.
    func updatePet(_ input: Operations.UpdatePet.Input, context: OperationContext) async throws -> Operations.UpdatePet.Output {
        if let requestID = input.headers.xRequestId {
            context.logger.info("updating pet", metadata: ["request-id": "\(requestID)"])
        }
        guard let pet = await store.update(input.path.petId, with: input.body) else {
            return .notFound(Message(detail: "Pet not found"))
        }
        return .ok(pet)
    }

    /// Remove a pet.
    func deletePet(_ input: Operations.DeletePet.Input, context: OperationContext) async throws -> Operations.DeletePet.Output {
        await store.remove(input.path.petId) ? .noContent : .notFound(Message(detail: "Pet not found"))
    }
}

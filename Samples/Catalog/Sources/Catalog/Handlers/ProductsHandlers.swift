// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import CatalogAPI

extension Handlers {
    /// Products, a page at a time
    ///
    /// `GET /api/products/`
    func listProducts(_ input: Operations.ListProducts.Input, context: OperationContext) async throws -> Operations.ListProducts.Output {
        let query = input.query
        let matching = await store.search(words: query.q, tags: query.tag ?? [], releasedAfter: query.releasedAfter)
        return .ok(ProductPage(items: Array(matching.dropFirst(query.offset).prefix(query.limit)), total: matching.count))
    }

    /// `POST /api/products/`
    func createProduct(_ input: Operations.CreateProduct.Input, context: OperationContext) async throws -> Operations.CreateProduct.Output {
        guard let product = await store.add(input.body) else {
            return .conflict(Message(detail: "A product with SKU \(input.body.sku) exists"))
        }
        return .created(product)
    }

    /// `GET /api/products/{id}`
    func getProduct(_ input: Operations.GetProduct.Input, context: OperationContext) async throws -> Operations.GetProduct.Output {
        guard let product = await store.get(input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        return .ok(product)
    }

    /// Rate a product from one to five stars
    ///
    /// `POST /api/products/{id}/ratings`
    func rateProduct(_ input: Operations.RateProduct.Input, context: OperationContext) async throws -> Operations.RateProduct.Output {
        guard let product = await store.rate(input.path.id, stars: input.form.stars) else {
            return .notFound(Message(detail: "Product not found"))
        }
        return .ok(product)
    }
}

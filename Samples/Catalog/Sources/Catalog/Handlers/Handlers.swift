// Created by gen; this file is yours: gen never overwrites it.
import Foundation
import Hattori
import CatalogAPI

/// Implements every operation of the API (`APIProtocol`). Keep your state (stores, clients)
/// here; the methods live in one file per router next to this one.
struct Handlers: APIProtocol {
    /// The products, kept in memory for this sample.
    let store = ProductStore()
    /// The reviews, kept in memory too.
    let reviews = ReviewStore()
}

/// An in-memory catalog, safe to share between concurrent requests.
actor ProductStore {
    private var products: [Int: Product] = [:]
    private var images: [Int: [UploadedFile]] = [:]
    private var nextID = 1

    /// The new product, or nil when its SKU is taken.
    func add(_ new: NewProduct) -> Product? {
        guard !products.values.contains(where: { $0.sku == new.sku }) else { return nil }
        let product = Product(id: nextID, sku: new.sku, title: new.title, price: new.price, discount: new.discount,
                              stock: new.stock, tags: new.tags, rating: new.rating, released: new.released, support: new.support,
                              homepage: new.homepage, attributes: new.attributes, shipping: new.shipping, media: new.media)
        products[nextID] = product
        nextID += 1
        return product
    }

    func get(_ id: Int) -> Product? { products[id] }

    /// Keeps `image` with product `id`; false when there is no such product.
    func addImage(_ image: UploadedFile, to id: Int) -> Bool {
        guard products[id] != nil else { return false }
        images[id, default: []].append(image)
        return true
    }

    /// Products in id order whose title contains `words` (ignoring case), that carry every tag, and
    /// that went on sale after `releasedAfter`.
    func search(words: String?, tags: [String], releasedAfter: CalendarDate?) -> [Product] {
        products.values
            .filter { product in words.map { product.title.localizedCaseInsensitiveContains($0) } ?? true }
            .filter { product in tags.allSatisfy(product.tags.contains) }
            .filter { product in releasedAfter.map { day in product.released.map { $0 > day } ?? false } ?? true }
            .sorted { $0.id < $1.id }
    }

    /// The product with its rating set to the mean of its old one and `stars`.
    func rate(_ id: Int, stars: Int) -> Product? {
        guard var product = products[id] else { return nil }
        product.rating = product.rating.map { ($0 + Double(stars)) / 2 } ?? Double(stars)
        products[id] = product
        return product
    }
}

// Created by gen; this file is yours: gen never overwrites it.
import Foundation
import Hattori
import CatalogAPI

extension Handlers {
    /// Products, a page at a time
    ///
    /// `GET /api/products/`
    func listProducts(_ input: Operations.ListProducts.Input, context: OperationContext) async throws -> Operations.ListProducts.Output {
        let query = input.query
        let matching = await store.search(words: query.q, tags: query.tag ?? [], releasedAfter: query.releasedAfter)
        let page = Array(matching.dropFirst(query.offset).prefix(query.limit))
        let next = query.offset + page.count < matching.count ? query.offset + page.count : nil
        return .ok(ProductPage(items: page, total: matching.count), headers: .init(xTotalCount: matching.count, xNextOffset: next))
    }

    /// The whole catalog as CSV, for a spreadsheet
    ///
    /// `GET /api/products/export.csv`
    func exportProducts(_ input: Operations.ExportProducts.Input, context: OperationContext) async throws -> Operations.ExportProducts.Output {
        let products = await store.search(words: nil, tags: [], releasedAfter: nil)
        let lines = products.map { [String($0.id), CSV.field($0.sku), CSV.field($0.title), String($0.price)].joined(separator: ",") }
        return .ok((["id,sku,title,price"] + lines).map { $0 + "\r\n" }.joined())
    }

    /// One line about a product, as plain text
    ///
    /// `GET /api/products/{id}/summary`
    func describeProduct(_ input: Operations.DescribeProduct.Input, context: OperationContext) async throws -> Operations.DescribeProduct.Output {
        guard let product = await store.get(input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        return .ok("\(product.title) (\(product.sku)): \(product.price)")
    }

    /// The product's shelf label, a PNG image
    ///
    /// `GET /api/products/{id}/label.png`
    func productLabel(_ input: Operations.ProductLabel.Input, context: OperationContext) async throws -> Operations.ProductLabel.Output {
        guard let product = await store.get(input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        return .ok(Label.png, headers: .init(eTag: "\"\(product.id)-\(product.sku)\"", lastModifiedDay: product.released))
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

    /// Add a photo to a product, with other files beside it
    ///
    /// `POST /api/products/{id}/images`
    func addProductImages(_ input: Operations.AddProductImages.Input, context: OperationContext) async throws -> Operations.AddProductImages.Output {
        let form = input.form
        guard await store.addImage(form.image, to: input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        return .created(ImageReceipt(filename: form.image.filename, contentType: form.image.contentType, size: form.image.size,
                                     extras: (form.extras ?? []).map(\.filename)))
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

    /// A product's data sheet, as JSON or as a PDF
    ///
    /// `GET /api/products/{id}/sheet`
    func productSheet(_ input: Operations.ProductSheet.Input, context: OperationContext) async throws -> Operations.ProductSheet.Output {
        guard let product = await store.get(input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        let wantsPDF = context.request.headers[.accept]?.contains("application/pdf") ?? false
        return wantsPDF ? .okPdf(DataSheet.pdf(product)) : .okJson(product)
    }

    /// Reserve a product; any other client error is a problem document
    ///
    /// `POST /api/products/{id}/reservations`
    func reserveProduct(_ input: Operations.ReserveProduct.Input, context: OperationContext) async throws -> Operations.ReserveProduct.Output {
        guard let product = await store.get(input.path.id) else { return .notFound(Message(detail: "Product not found")) }
        guard input.query.quantity <= product.stock else {
            return .clientError(status: 409, Problem(title: "Not enough stock", status: 409,
                                                     detail: "\(product.stock) of \(product.sku) left, \(input.query.quantity) asked"))
        }
        return .created(Message(detail: "Reserved \(input.query.quantity) of \(product.sku)"))
    }

    /// Order more of a product, answering with one of Django Ninja's sets of statuses
    ///
    /// `POST /api/products/{id}/restock`
    func restockProduct(_ input: Operations.RestockProduct.Input, context: OperationContext) async throws -> Operations.RestockProduct.Output {
        guard await store.get(input.path.id) != nil else { return .clientError(status: 404, Message(detail: "Product not found")) }
        return .accepted(Message(detail: "Restock ordered"))
    }
}

/// RFC 4180 fields: quoted when they hold a comma, quote or line break, quotes doubled.
enum CSV {
    static func field(_ text: String) -> String {
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The sample's label: a 1×1 white PNG (a real shop would draw the product's barcode).
enum Label {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==")!
}

/// A product's data sheet as a one-page PDF.
enum DataSheet {
    static func pdf(_ product: Product) -> Data {
        // A PDF string: ASCII, without the parentheses and backslash that would end or escape it.
        let text = "\(product.title) \(product.sku): \(product.price)".filter { $0.isASCII && !"()\\".contains($0) }
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}

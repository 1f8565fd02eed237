// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import CatalogAPI

extension Handlers {
    /// Keep a review and answer with it as it was sent (exclude_unset)
    ///
    /// `POST /api/reviews/`
    func postReview(_ input: Operations.PostReview.Input, context: OperationContext) async throws -> Operations.PostReview.Output {
        await reviews.keep(input.body)
        return .created(input.body)
    }

    /// A review without its null fields (the router's exclude_none)
    ///
    /// `GET /api/reviews/{id}`
    func getReview(_ input: Operations.GetReview.Input, context: OperationContext) async throws -> Operations.GetReview.Output {
        guard let review = await reviews.get(input.path.id) else { return .notFound(Message(detail: "Review not found")) }
        return .ok(review)
    }

    /// A review without the fields at their defaults (exclude_defaults), nulls and all
    ///
    /// `GET /api/reviews/{id}/compact`
    func getReviewCompact(_ input: Operations.GetReviewCompact.Input, context: OperationContext) async throws -> Operations.GetReviewCompact.Output {
        guard let review = await reviews.get(input.path.id) else { return .notFound(Message(detail: "Review not found")) }
        return .ok(review)
    }

    /// A review with its fields under their aliases (by_alias), without nulls
    ///
    /// `GET /api/reviews/{id}/by-alias`
    func getReviewByAlias(_ input: Operations.GetReviewByAlias.Input, context: OperationContext) async throws -> Operations.GetReviewByAlias.Output {
        guard let review = await reviews.get(input.path.id) else { return .notFound(Message(detail: "Review not found")) }
        return .ok(review)
    }
}

/// The reviews, by id, kept in memory for this sample.
actor ReviewStore {
    private var reviews: [Int: Review] = [:]

    func keep(_ review: Review) { reviews[review.id] = review }

    func get(_ id: Int) -> Review? { reviews[id] }
}

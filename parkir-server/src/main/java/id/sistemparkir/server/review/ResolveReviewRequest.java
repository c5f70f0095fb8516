package id.sistemparkir.server.review;

import java.util.UUID;

/** {@code POST /api/v1/reviews/resolve}: settle one item with a reason. */
public record ResolveReviewRequest(String kind, UUID subjectId, String reason) {}

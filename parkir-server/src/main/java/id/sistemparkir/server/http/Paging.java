package id.sistemparkir.server.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * {@code page} (from 0) and {@code size} (1-500, default 50) of a list endpoint, and the page it answers with.
 *
 * @param page the page asked for, from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static Paging of(Context ctx) {
        int page = QueryParams.integer(ctx, "page").orElse(0);
        int size = QueryParams.integer(ctx, "size").orElse(DEFAULT_SIZE);
        if (page < 0) {
            throw ApiException.badRequest("invalid_parameter", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("invalid_parameter", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    /** One page of a list: its items and the total count over all pages. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}

package id.sistemparkir.client.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds {@code ?a=1&b=2} with every name and value URL-encoded ({@code +} becomes {@code %2B}); nulls are left out. */
final class QueryString {

    private final StringBuilder query = new StringBuilder();

    QueryString add(String name, Object value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(encode(name))
                    .append('=')
                    .append(encode(String.valueOf(value)));
        }
        return this;
    }

    /** One path segment, encoded ({@code /} and spaces included: {@code %2F}, {@code %20}). */
    static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return query.toString();
    }
}

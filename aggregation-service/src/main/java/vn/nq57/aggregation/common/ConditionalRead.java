package vn.nq57.aggregation.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Conditional GETs of the views city staff poll (RFC 9110 §13.1.2): each answer carries a weak
 * validator of what it was computed from, and a poll whose {@code If-None-Match} names the current
 * validator is answered 304 without a body. {@code Cache-Control: private, no-cache} makes a browser
 * revalidate every time, so a dashboard's fetch polls conditionally without code of its own.
 */
public final class ConditionalRead {

    static final String CACHE_CONTROL = "private, no-cache";

    private ConditionalRead() {
    }

    /** A weak entity tag around {@code opaque}, which must hold no double quote. */
    public static String weakTag(String opaque) {
        return "W/\"" + opaque + "\"";
    }

    /** Whether the request's If-None-Match is {@code *} or names {@code tag} (weak comparison). */
    public static boolean unchanged(HttpHeaders headers, String tag) {
        String candidates = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (candidates == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : candidates.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** The 304 for an unchanged view: the validator again, and nothing else. */
    public static Response notModified(String tag) {
        return validated(Response.notModified(), tag).build();
    }

    /** Adds the validator and the revalidation policy to an answer. */
    public static Response.ResponseBuilder validated(Response.ResponseBuilder answer, String tag) {
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

package org.concord.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer, RFC 9457 problem details ({@code application/problem+json}): {@code type} is
 * {@code about:blank} (the status says it all) and {@code title} the status phrase; {@code detail} tells this
 * occurrence, {@code instance} the request path, and {@code errors} (an extension member) lists every problem of
 * an invalid body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, List<String> errors) {
    static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", title(status), status, detail, instance, null);
    }

    Problem withErrors(List<String> list) {
        return new Problem(type, title, status, detail, instance, list);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}

package org.concord.serve.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page's query parameters: each given at most once, at most 1,000 characters, blank read as absent. */
record Params(Map<String, String> values) {
    /** A parameter the page cannot use (answered 400 with the reason). */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message);
        }
    }

    static Params of(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) {
                throw new Bad(e.getKey() + " is given " + e.getValue().size() + " times; give it once");
            }
            String v = e.getValue().isEmpty() ? null : e.getValue().get(0);
            if (v != null && v.length() > 1000) {
                throw new Bad(e.getKey() + " is longer than 1000 characters");
            }
            if (v != null && !v.isBlank()) {
                out.put(e.getKey(), v.strip());
            }
        }
        return new Params(out);
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name, int dflt, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new Bad(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Bad(name + " must be a whole number, got '" + v + "'");
        }
    }
}

package org.concord.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/** JSON of the eval and bench contracts (snake_case names, pretty-printed). */
public final class EvalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EvalJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The eval results of one command: one result as {@link #write} writes it; several (one per system) as one
     * compact object per line.
     */
    public static String writeResults(List<EvalResult> results) {
        if (results.size() == 1) {
            return write(results.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (EvalResult r : results) {
            sb.append(write(r).replaceAll("\\s*\\n\\s*", " ").strip()).append('\n');
        }
        return sb.toString();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}

package org.concord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Validates report JSON against the JSON Schema of concord.report/1 kept in the repository
 * ({@code org/concord/report/report-v1.schema.json} in concord-core).
 */
public final class ReportSchema {
    public static final String RESOURCE = "/org/concord/report/report-v1.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("report schema not on the class path: " + RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per violation; empty when the JSON is a valid report. */
    public static List<String> validate(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        Set<ValidationMessage> messages = SCHEMA.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}

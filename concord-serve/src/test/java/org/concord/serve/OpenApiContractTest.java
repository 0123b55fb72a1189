package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI 3.1 document, as served: valid, and naming exactly the routes the server has. */
class OpenApiContractTest {
    @TempDir
    Path data;

    @Test
    void theServedDocumentIsValidOpenApi31AndCoversEveryRoute() {
        try (Served s = new Served(Served.config(data).withWorker(false))) {
            Served.Response r = s.get("/v1/openapi.yaml");
            assertEquals(200, r.status());
            ParseOptions o = new ParseOptions();
            o.setResolve(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, o);
            assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
                    "swagger-parser: " + parsed.getMessages());
            OpenAPI api = parsed.getOpenAPI();
            assertNotNull(api);
            assertEquals("3.1.0", api.getOpenapi());
            assertEquals(new TreeSet<>(Api.routes()), new TreeSet<>(api.getPaths().keySet()));
            assertNotNull(api.getPaths().get("/v1/documents").getPost().getSecurity(), "posting needs a token");
            for (String path : Api.routes()) {
                if (!path.contains("{") && !path.equals("/v1/documents") && !path.equals("/v1/search")) {
                    assertEquals(200, s.get(path).status(), path);
                }
            }
        }
    }
}

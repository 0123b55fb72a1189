package org.concord.eval.extraction;

import org.concord.ingest.Ingest;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.concord.ingest.html.HtmlExtractor;

/** The systems of the extraction task: Concord's own extractor and two baselines from Maven Central. */
final class Systems {
    static final List<String> NAMES = List.of("concord", "readability4j", "boilerpipe");

    private Systems() {
    }

    static ExtractionSystem named(String name) {
        return switch (name) {
            case "concord" -> new Concord();
            case "readability4j" -> new Readability();
            case "boilerpipe" -> new Boilerpipe();
            default -> throw new IllegalArgumentException("unknown extraction system '" + name + "'; known: " + NAMES);
        };
    }

    /** {@link HtmlExtractor}, paragraphs joined by blank lines as the benchmark's bodies are. */
    static final class Concord implements ExtractionSystem {
        private final HtmlExtractor extractor = HtmlExtractor.create();

        @Override
        public String name() {
            return "concord";
        }

        @Override
        public String extract(String html, String url) {
            return String.join("\n\n", extractor.extract(html, url).paragraphs());
        }

        @Override
        public org.concord.ingest.html.HtmlMetadata metadata(String html, String url) {
            return extractor.extract(html, url).metadata();
        }

        /** The document text of the report: the page read as ingestion reads it, then the pipeline's clean stage. */
        @Override
        public String reportText(String id, String html, String url) {
            RawArticle raw;
            try {
                raw = Ingest.webPage(id, html, url);
            } catch (IllegalArgumentException e) {
                return "";
            }
            List<Document> docs = org.concord.pipeline.Concord.builder().build().clean(List.of(raw),
                    new java.util.ArrayList<>());
            return docs.isEmpty() ? "" : docs.get(0).text();
        }
    }

    /** Readability4J (a Kotlin port of Mozilla's Readability.js), its article's text content. */
    static final class Readability implements ExtractionSystem {
        @Override
        public String name() {
            return "readability4j";
        }

        @Override
        public String extract(String html, String url) {
            Article a = new Readability4J(url == null ? "" : url, html).parse();
            String t = a.getTextContent();
            return t == null ? "" : t;
        }
    }

    /** Boilerpipe's ArticleExtractor (Kohlschütter et al., WSDM 2010), default settings. */
    static final class Boilerpipe implements ExtractionSystem {
        @Override
        public String name() {
            return "boilerpipe";
        }

        @Override
        public String extract(String html, String url) throws Exception {
            String t = ArticleExtractor.INSTANCE.getText(html);
            return t == null ? "" : t;
        }
    }
}

package org.concord.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A feed server on 127.0.0.1 for tests (the JDK's HttpServer, a random port): each path serves what the test set
 * ({@link #serve}), with its ETag and Last-Modified, and answers 304 when the request's If-None-Match is the current
 * ETag or (without one) its If-Modified-Since is the current Last-Modified; or a status alone ({@link #fail}).
 * Every request's conditional headers are kept.
 */
final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());

    private record Page(int status, String body, String contentType, String etag, String lastModified,
                        boolean conditional) {}

    /** A request as the server saw it. */
    record Seen(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, int answered) {}

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code body} at {@code path} with these validators (null: none), honouring conditional requests. */
    void serve(String path, String body, String etag, String lastModified) {
        pages.put(path, new Page(200, body, "application/rss+xml; charset=utf-8", etag, lastModified, true));
    }

    /** Serves {@code body} with status 200 and no validators, ignoring conditional requests. */
    void serveAlways(String path, String body, String contentType) {
        pages.put(path, new Page(200, body, contentType, null, null, false));
    }

    /** Answers {@code status} with a short body at {@code path}. */
    void fail(String path, int status) {
        pages.put(path, new Page(status, "failing on purpose", "text/plain", null, null, false));
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String inm = x.getRequestHeaders().getFirst("If-None-Match");
        String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
        Page p = pages.get(path);
        int status;
        byte[] body = new byte[0];
        if (p == null) {
            status = 404;
        } else if (p.conditional() && (inm != null ? inm.equals(p.etag())
                : ims != null && ims.equals(p.lastModified()))) {
            status = 304;
        } else {
            status = p.status();
            body = p.body().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", p.contentType());
            if (p.etag() != null) {
                x.getResponseHeaders().set("ETag", p.etag());
            }
            if (p.lastModified() != null) {
                x.getResponseHeaders().set("Last-Modified", p.lastModified());
            }
        }
        requests.add(new Seen(path, inm, ims, x.getRequestHeaders().getFirst("User-Agent"), status));
        x.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** An RSS 2.0 document titled {@code title} with one item per {link, title, text} triple. */
    static String rss(String title, List<String[]> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + esc(title) + "</title><link>https://news.example/</link>"
                + "<description>test feed</description>\n");
        for (String[] i : items) {
            b.append("<item><title>").append(esc(i[1])).append("</title><link>").append(esc(i[0]))
                    .append("</link><guid>").append(esc(i[0])).append("</guid>")
                    .append("<pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate><description>").append(esc(i[2]))
                    .append("</description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

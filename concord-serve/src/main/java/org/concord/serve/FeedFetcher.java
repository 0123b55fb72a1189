package org.concord.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One conditional GET of a feed ({@link HttpClient}): the stored ETag goes back as {@code If-None-Match} and the
 * stored Last-Modified as {@code If-Modified-Since}; the whole exchange, body included, must finish within the
 * timeout, and a body over the size limit is cut off (refused as soon as its declared length or its bytes pass it).
 * Redirects are followed except from https to http.
 */
final class FeedFetcher {
    static final String USER_AGENT = "Concord feed reader (concord serve)";
    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final java.util.Set<CompletableFuture<?>> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    FeedFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** An answer: 200 with the body and its validators, or 304 (no body). */
    record Answer(int status, byte[] body, String etag, String lastModified) {}

    /** A fetch that gave no usable answer; {@code httpStatus} is null when no answer came at all. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final Integer httpStatus;

        Failed(Integer httpStatus, String message) {
            super(message);
            this.httpStatus = httpStatus;
        }
    }

    Answer fetch(String url, String etag, String lastModified) throws Failed {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(),
                info -> new LimitedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        inFlight.add(f);
        HttpResponse<byte[]> r;
        try {
            r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.CancellationException e) {
            throw new Failed(null, "cancelled");
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Failed(null, "no complete answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(null, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof TooLarge t) {
                throw new Failed(null, t.getMessage());
            }
            throw new Failed(null, describe(cause));
        } finally {
            inFlight.remove(f);
        }
        int status = r.statusCode();
        if (status == 304) {
            return new Answer(304, new byte[0], null, null);
        }
        if (status != 200) {
            throw new Failed(status, "HTTP " + status);
        }
        return new Answer(200, r.body(), r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Cancels the fetches under way (the server is stopping). */
    void cancelAll() {
        inFlight.forEach(f -> f.cancel(true));
    }

    /** A one-line reason for a failed exchange (the exception's kind when it has no message). */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getSimpleName();
        String m = root.getMessage();
        String text = m == null || m.isBlank() ? kind : kind.toLowerCase(Locale.ROOT).contains("timeout")
                ? "timed out: " + m : m;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    /** The body is over the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Collects a body up to {@code max} bytes; past it the exchange is cancelled and fails with {@link TooLarge}. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final long declared;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge("the answer is " + declared + " bytes; the limit is " + max));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("the answer is over the limit of " + max + " bytes"));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}

package org.concord.serve.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.concord.serve.WebAdmin;

/**
 * A writer's sign-in to the pages and the forms' CSRF check. A writer pastes an API token into the sign-in form; it
 * is kept in a cookie the page's scripts cannot read ({@code HttpOnly}), that no other site's request carries
 * ({@code SameSite=Strict}) and, over https, only sent over https ({@code Secure}); every write checks it with the
 * token store again, so a revoked token stops working at once. Every form that changes something carries a CSRF
 * value: a random value of this browser's, kept in a second such cookie and written into the form (double submit); a
 * POST whose value does not match the cookie's, or whose {@code Origin} is another site, is refused before anything
 * else is read.
 */
final class Session {
    static final String TOKEN_COOKIE = "concord_writer";
    static final String CSRF_COOKIE = "concord_csrf";
    static final String CSRF_FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is reading: the signed-in writer's name (null for a reader) and the CSRF value for this page's forms. */
    record Visitor(String writer, String csrf) {
        boolean signedIn() {
            return writer != null;
        }
    }

    /** A form without a valid CSRF value (answered 403). */
    static final class Forged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Forged(String message) {
            super(message);
        }
    }

    /** A write without a signed-in writer (answered 401). */
    static final class SignInFirst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SignInFirst(String message) {
            super(message);
        }
    }

    private final WebAdmin admin;

    Session(WebAdmin admin) {
        this.admin = admin;
    }

    /** The visitor of this request; a CSRF cookie is set on the answer when the browser has none yet. */
    Visitor visitor(Context ctx) {
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || !csrf.matches("[A-Za-z0-9_-]{43}")) {
            csrf = random();
            setCookie(ctx, CSRF_COOKIE, csrf, false);
        }
        return new Visitor(writer(ctx).orElse(null), csrf);
    }

    /** The signed-in writer's name: the token cookie's token, checked with the token store now. */
    Optional<String> writer(Context ctx) {
        String token = ctx.cookie(TOKEN_COOKIE);
        return token == null ? Optional.empty() : admin.writer(token);
    }

    /** Refuses a form POST from another site or without this browser's CSRF value. */
    void checkForm(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !origin.equalsIgnoreCase(ctx.scheme() + "://"
                + ctx.header("Host"))) {
            throw new Forged("This form was sent from another site (" + origin + ").");
        }
        String cookie = ctx.cookie(CSRF_COOKIE);
        String field = ctx.formParam(CSRF_FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            throw new Forged("This form did not come from this server's page (its CSRF value is missing or does "
                    + "not match): open the page again and resend it.");
        }
    }

    /** The writer making a write: refused unless a valid token is signed in. */
    String requireWriter(Context ctx) {
        return writer(ctx).orElseThrow(() -> new SignInFirst(ctx.cookie(TOKEN_COOKIE) == null
                ? "Only a signed-in writer can do this: sign in with an API token first."
                : "The token you signed in with is no longer valid (revoked?): sign in again."));
    }

    /** Signs in with {@code token} when the store knows it: the writer's name; a new CSRF value is set too. */
    Optional<String> signIn(Context ctx, String token) {
        String t = token == null ? null : token.strip();
        Optional<String> name = t == null || t.isEmpty() ? Optional.empty() : admin.writer(t);
        if (name.isPresent()) {
            setCookie(ctx, TOKEN_COOKIE, t, false);
            setCookie(ctx, CSRF_COOKIE, random(), false);
        }
        return name;
    }

    void signOut(Context ctx) {
        setCookie(ctx, TOKEN_COOKIE, "", true);
        setCookie(ctx, CSRF_COOKIE, random(), false);
    }

    private static void setCookie(Context ctx, String name, String value, boolean expire) {
        StringBuilder b = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            b.append("; Secure");
        }
        if (expire) {
            b.append("; Max-Age=0");
        }
        ctx.res().addHeader("Set-Cookie", b.toString());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

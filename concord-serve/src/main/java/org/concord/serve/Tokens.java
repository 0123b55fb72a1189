package org.concord.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens. A token is {@code concord_} and 32 random bytes (base64url); the store keeps its SHA-256 only, so a
 * leaked database gives no usable token. A request presents it as {@code Authorization: Bearer TOKEN}.
 */
public final class Tokens {
    private static final String PREFIX = "concord_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;
    private final Clock clock;
    private static final java.time.Duration USE_RESOLUTION = java.time.Duration.ofMinutes(1);

    public Tokens(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates a token named {@code name} and returns it: the only time it is ever shown. */
    public String create(String name) {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a token name must be 1 to 200 characters, without control characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Sql.tx(db, c -> Sql.update(c, "INSERT INTO tokens (name, token_sha256, created_at) VALUES (?, ?, ?)", name,
                sha256(token), clock.instant()));
        return token;
    }

    /**
     * The name of the token, if it is one the store knows and it is not revoked. Its last use is noted (to the
     * minute: at most one write per token per minute).
     */
    public Optional<String> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = sha256(token);
        return Optional.ofNullable(Sql.read(db, c -> {
            String name = Sql.one(c, "SELECT name FROM tokens WHERE token_sha256 = ? AND revoked_at IS NULL",
                    r -> r.getString(1), hash);
            if (name != null) {
                Sql.update(c, "UPDATE tokens SET last_used_at = ? WHERE token_sha256 = ? AND (last_used_at IS NULL "
                        + "OR last_used_at < ?)", now, hash, now.minus(USE_RESOLUTION));
            }
            return name;
        }));
    }

    /** A token as {@code concord token list} shows it: never the token, nor its hash. */
    public record Info(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** Every token, revoked ones too, in the order created. */
    public List<Info> list() {
        return Sql.read(db, c -> Sql.list(c, "SELECT id, name, created_at, last_used_at, revoked_at FROM tokens "
                + "ORDER BY id", r -> new Info(r.getLong("id"), r.getString("name"), Sql.instant(r, "created_at"),
                Sql.instant(r, "last_used_at"), Sql.instant(r, "revoked_at"))));
    }

    /** Revokes every token named {@code name} that is not revoked yet; how many it revoked. */
    public int revoke(String name) {
        return Sql.tx(db, c -> Sql.update(c, "UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                clock.instant(), name));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}

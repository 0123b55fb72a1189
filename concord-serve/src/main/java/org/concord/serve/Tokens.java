package org.concord.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
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

    /** The name of the token, if it is one the store knows and it is not revoked. */
    public Optional<String> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(Sql.read(db, c -> Sql.one(c, "SELECT name FROM tokens WHERE token_sha256 = ? "
                + "AND revoked_at IS NULL", r -> r.getString(1), sha256(token))));
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

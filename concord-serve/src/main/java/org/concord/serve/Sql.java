package org.concord.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concord.text.Utf16;

/** Plain JDBC, a little shorter: transactions, bound parameters (never concatenated), rows mapped to values. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed (and on disk, {@link Database#durable}) when it returns, rolled
     * back when it throws.
     */
    static <T> T tx(Database db, Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                db.durable(c);
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new Database.StoreException("store: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a connection of its own (auto-commit). */
    static <T> T read(Database db, Work<T> work) {
        try (Connection c = db.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new Database.StoreException("store: " + e.getMessage(), e);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        return bind(c.prepareStatement(sql), args);
    }

    /** Runs an INSERT into a table with an identity column {@code id}; the id it was given. */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = bind(c.prepareStatement(sql, new String[] {"id"}), args)) {
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    static PreparedStatement bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                p.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof Instant t) {
                p.setTimestamp(i + 1, Timestamp.from(t));
            } else if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                p.setLong(i + 1, n);
            } else if (a instanceof Double d) {
                p.setDouble(i + 1, d);
            } else {
                p.setString(i + 1, storable(a.toString()));
            }
        }
        return p;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args)) {
            return p.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args); ResultSet r = p.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) {
                out.add(row.map(r));
            }
            return out;
        }
    }

    static <T> T one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> all = list(c, sql, row, args);
        return all.isEmpty() ? null : all.get(0);
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        Long n = one(c, sql, r -> r.getLong(1), args);
        return n == null ? 0 : n;
    }

    /**
     * {@code s} as every backend stores it: U+0000 (which PostgreSQL refuses in text) and unpaired surrogates
     * (which no UTF-8 encoder can write) become U+FFFD, so a value is stored, compared and read back the same way
     * on H2 and on PostgreSQL.
     */
    static String storable(String s) {
        String r = Utf16.repair(s);
        return r.indexOf('\u0000') < 0 ? r : r.replace('\u0000', Utf16.REPLACEMENT);
    }

    /** The pattern that LIKE ... ESCAPE '\' matches {@code s} anywhere with (lower-cased by the caller). */
    static String contains(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

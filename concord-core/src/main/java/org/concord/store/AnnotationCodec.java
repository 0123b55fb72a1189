package org.concord.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;

/**
 * The binary file format of {@link AnnotationStore}: a header that says what the annotation was made from, then a
 * deflated body and a CRC-32 of the whole file. All integers in the body are zig-zag varints, offsets are deltas,
 * and every string is a reference into a per-file table of distinct strings (0 = null, 1 = the document text between
 * the record's own offsets, k + 2 = table entry k), so a repeated tag or lemma costs one byte and a token's word
 * usually none.
 *
 * <pre>
 * header  magic "CANN", u16 format version, str document id, str annotator name, 32 bytes SHA-256 of the text
 *         (of its UTF-8, see {@link #sha256}), s64 date as epoch day (Long.MIN_VALUE = none), s32 text length in chars,
 *         u8 flags (1 = body deflated), s32 body length (inflated)
 * body    strings: n, n x str
 *         sentences: n, n x (index - previous index - 1, start - previous end, end - start, tokens: n,
 *                    n x (index - previous index - 1, start - previous end, end - start, word, lemma, pos, ner))
 *         mentions:  n, n x (start, end - start, text, type, sentence)
 *         timexes:   n, n x (start, end - start, text, type, value, sentence)
 * end     s32 CRC-32 of all the bytes before it
 * </pre>
 *
 * Fixed-size integers are big-endian; "str" is a varint of twice the byte length and the UTF-8 bytes (plus one and
 * the chars as big-endian pairs of bytes for a string with a lone surrogate, which UTF-8 cannot carry). Decoding
 * checks every length and offset and throws {@link IOException} on anything that does not fit, so a damaged file
 * never yields a wrong annotation.
 */
final class AnnotationCodec {
    /** Bumped whenever the layout changes; files of another version are misses. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x43414E4E; // "CANN"
    private static final int DEFLATED = 1;
    private static final long NO_DATE = Long.MIN_VALUE;
    private static final int NULL_REF = 0;
    private static final int TEXT_REF = 1;

    private AnnotationCodec() {
    }

    /** What a file's header says it was made from; {@code textSha256} is the digest of the text's UTF-8 bytes. */
    record Header(String docId, String annotator, byte[] textSha256, LocalDate date, int textLength) {
        /** True when this header was written for exactly these inputs. */
        boolean matches(Header other) {
            return docId.equals(other.docId) && annotator.equals(other.annotator)
                    && Arrays.equals(textSha256, other.textSha256) && java.util.Objects.equals(date, other.date)
                    && textLength == other.textLength;
        }
    }

    /** The file bytes of {@code a}, made from {@code text} as {@code header} says. */
    static byte[] encode(Header header, String text, Annotation a) {
        Out body = new Out(1024 + a.tokenCount() * 8);
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Out refs = new Out(1024 + a.tokenCount() * 8);
        refs.varint(a.sentences().size());
        int prevIndex = -1;
        int prevEnd = 0;
        for (Sentence s : a.sentences()) {
            refs.varint(s.index() - prevIndex - 1);
            refs.varint(s.start() - prevEnd);
            refs.varint(s.end() - s.start());
            prevIndex = s.index();
            prevEnd = s.end();
            refs.varint(s.tokens().size());
            int tokIndex = -1;
            int tokEnd = s.start();
            for (Token t : s.tokens()) {
                refs.varint(t.index() - tokIndex - 1);
                refs.varint(t.start() - tokEnd);
                refs.varint(t.end() - t.start());
                tokIndex = t.index();
                tokEnd = t.end();
                refs.varint(ref(t.word(), text, t.start(), t.end(), table, strings));
                refs.varint(ref(t.lemma(), text, t.start(), t.end(), table, strings));
                refs.varint(ref(t.pos(), text, t.start(), t.end(), table, strings));
                refs.varint(ref(t.ner(), text, t.start(), t.end(), table, strings));
            }
        }
        refs.varint(a.mentions().size());
        for (Mention m : a.mentions()) {
            refs.varint(m.start());
            refs.varint(m.end() - m.start());
            refs.varint(ref(m.text(), text, m.start(), m.end(), table, strings));
            refs.varint(ref(m.type(), text, m.start(), m.end(), table, strings));
            refs.varint(m.sentence());
        }
        refs.varint(a.timexes().size());
        for (Timex t : a.timexes()) {
            refs.varint(t.start());
            refs.varint(t.end() - t.start());
            refs.varint(ref(t.text(), text, t.start(), t.end(), table, strings));
            refs.varint(ref(t.type(), text, t.start(), t.end(), table, strings));
            refs.varint(ref(t.value(), text, t.start(), t.end(), table, strings));
            refs.varint(t.sentence());
        }
        body.varint(strings.size());
        for (String s : strings) {
            body.str(s);
        }
        body.bytes(refs.buf, 0, refs.n);

        byte[] stored = deflate(body.buf, body.n);
        Out file = new Out(stored.length + 128 + header.docId.length() * 3);
        file.s32(MAGIC);
        file.u16(FORMAT_VERSION);
        file.str(header.docId);
        file.str(header.annotator);
        file.bytes(header.textSha256, 0, header.textSha256.length);
        file.s64(header.date == null ? NO_DATE : header.date.toEpochDay());
        file.s32(header.textLength);
        file.u8(DEFLATED);
        file.s32(body.n);
        file.bytes(stored, 0, stored.length);
        CRC32 crc = new CRC32();
        crc.update(file.buf, 0, file.n);
        file.s32((int) crc.getValue());
        return Arrays.copyOf(file.buf, file.n);
    }

    /**
     * A reader over a file's bytes up to its checksum, or IOException when the checksum does not match (the file is
     * truncated or damaged).
     */
    static In open(byte[] file) throws IOException {
        if (file.length < 8) {
            throw new IOException("truncated");
        }
        int end = file.length - 4;
        CRC32 crc = new CRC32();
        crc.update(file, 0, end);
        int stored = new In(file, end, file.length).s32();
        if ((int) crc.getValue() != stored) {
            throw new IOException("checksum mismatch");
        }
        return new In(file, 0, end);
    }

    /** The header at the start of {@code in}, or IOException when it is not one of ours or of another version. */
    static Header readHeader(In in) throws IOException {
        if (in.s32() != MAGIC || in.u16() != FORMAT_VERSION) {
            throw new IOException("not an annotation file of format " + FORMAT_VERSION);
        }
        String docId = in.str();
        String annotator = in.str();
        byte[] sha = in.bytes(32);
        long day = in.s64();
        int textLength = in.s32();
        return new Header(docId, annotator, sha, day == NO_DATE ? null : LocalDate.ofEpochDay(day), textLength);
    }

    /** The annotation after a header already read from {@code in}; {@code text} is the text it was made from. */
    static Annotation readBody(In in, String text) throws IOException {
        int flags = in.u8();
        int rawLength = in.s32();
        int storedLength = in.remaining();
        if (rawLength < 0 || (flags & ~DEFLATED) != 0 || (flags & DEFLATED) == 0 && rawLength != storedLength) {
            throw new IOException("bad body length or flags");
        }
        In body = (flags & DEFLATED) != 0 ? new In(inflate(in.buf, in.pos, storedLength, rawLength), 0, rawLength)
                : new In(in.buf, in.pos, in.pos + storedLength);
        String[] strings = new String[body.count()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = body.str();
        }
        int sentenceCount = body.count();
        List<Sentence> sentences = new ArrayList<>(sentenceCount);
        int prevIndex = -1;
        int prevEnd = 0;
        for (int i = 0; i < sentenceCount; i++) {
            int index = prevIndex + 1 + body.varint();
            int start = prevEnd + body.varint();
            int end = start + body.varint();
            int tokenCount = body.count();
            List<Token> tokens = new ArrayList<>(tokenCount);
            int tokIndex = -1;
            int tokEnd = start;
            for (int k = 0; k < tokenCount; k++) {
                tokIndex = tokIndex + 1 + body.varint();
                int ts = tokEnd + body.varint();
                tokEnd = ts + body.varint();
                tokens.add(new Token(tokIndex, ts, tokEnd, body.string(strings, text, ts, tokEnd),
                        body.string(strings, text, ts, tokEnd), body.string(strings, text, ts, tokEnd),
                        body.string(strings, text, ts, tokEnd)));
            }
            sentences.add(new Sentence(index, start, end, tokens));
            prevIndex = index;
            prevEnd = end;
        }
        int mentionCount = body.count();
        List<Mention> mentions = new ArrayList<>(mentionCount);
        for (int i = 0; i < mentionCount; i++) {
            int start = body.varint();
            int end = start + body.varint();
            mentions.add(new Mention(start, end, body.string(strings, text, start, end),
                    body.string(strings, text, start, end), body.varint()));
        }
        int timexCount = body.count();
        List<Timex> timexes = new ArrayList<>(timexCount);
        for (int i = 0; i < timexCount; i++) {
            int start = body.varint();
            int end = start + body.varint();
            timexes.add(new Timex(start, end, body.string(strings, text, start, end),
                    body.string(strings, text, start, end), body.string(strings, text, start, end),
                    body.varint()));
        }
        if (body.remaining() != 0) {
            throw new IOException("trailing bytes after the annotation");
        }
        return new Annotation(sentences, mentions, timexes);
    }

    private static int ref(String s, String text, int start, int end, Map<String, Integer> table,
                           List<String> strings) {
        if (s == null) {
            return NULL_REF;
        }
        if (start >= 0 && start <= end && end <= text.length() && s.length() == end - start
                && text.startsWith(s, start)) {
            return TEXT_REF;
        }
        Integer k = table.get(s);
        if (k == null) {
            k = strings.size();
            table.put(s, k);
            strings.add(s);
        }
        return k + 2;
    }

    /**
     * The SHA-256 of a string: of its UTF-8 bytes, or, when it has a lone surrogate that UTF-8 cannot carry, of a
     * 0xFF byte (never in UTF-8) and its chars as big-endian pairs of bytes, so that distinct strings never share a
     * digest input.
     */
    static byte[] sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (wellFormed(s)) {
                return md.digest(s.getBytes(StandardCharsets.UTF_8));
            }
            md.update((byte) 0xFF);
            return md.digest(chars(s));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The chars of {@code s} as big-endian pairs of bytes, lone surrogates included (getBytes would replace them). */
    private static byte[] chars(String s) {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        return b;
    }

    /** True unless {@code s} has a surrogate char that is not part of a pair. */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] deflate(byte[] raw, int n) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(raw, 0, n);
            d.finish();
            byte[] out = new byte[n / 2 + 64];
            int len = 0;
            while (!d.finished()) {
                if (len == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                len += d.deflate(out, len, out.length - len);
            }
            return Arrays.copyOf(out, len);
        } finally {
            d.end();
        }
    }

    private static byte[] inflate(byte[] buf, int off, int len, int rawLength) throws IOException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(buf, off, len);
            byte[] out = new byte[rawLength];
            int n = 0;
            while (n < rawLength && !inf.finished()) {
                int got = inf.inflate(out, n, rawLength - n);
                if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new IOException("truncated body");
                }
                n += got;
            }
            if (n != rawLength || !inf.finished()) {
                throw new IOException("body length mismatch");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("corrupt body", e);
        } finally {
            inf.end();
        }
    }

    /** A growable byte buffer with the writes the format needs. */
    private static final class Out {
        byte[] buf;
        int n;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        private void room(int k) {
            if (n + k > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + k));
            }
        }

        void u8(int v) {
            room(1);
            buf[n++] = (byte) v;
        }

        void u16(int v) {
            u8(v >>> 8);
            u8(v);
        }

        void s32(int v) {
            u16(v >>> 16);
            u16(v);
        }

        void s64(long v) {
            s32((int) (v >>> 32));
            s32((int) v);
        }

        void bytes(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        /** A string: varint 2 x length and UTF-8, or 2 x length + 1 and its chars when it has a lone surrogate. */
        void str(String s) {
            boolean utf8 = wellFormed(s);
            byte[] b = utf8 ? s.getBytes(StandardCharsets.UTF_8) : chars(s);
            varint(b.length << 1 | (utf8 ? 0 : 1));
            bytes(b, 0, b.length);
        }

        /** A zig-zag varint: small magnitudes of either sign take one byte. */
        void varint(int v) {
            int z = (v << 1) ^ (v >> 31);
            room(5);
            while ((z & ~0x7F) != 0) {
                buf[n++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            buf[n++] = (byte) z;
        }
    }

    /** A bounds-checked reader over a byte range; every overrun is an IOException. */
    static final class In {
        final byte[] buf;
        int pos;
        private final int limit;

        In(byte[] buf, int pos, int limit) {
            this.buf = buf;
            this.pos = pos;
            this.limit = limit;
        }

        int remaining() {
            return limit - pos;
        }

        /** Advances over {@code len} bytes and returns where they start. */
        int take(int len) throws IOException {
            if (len < 0 || len > limit - pos) {
                throw new IOException("truncated");
            }
            int at = pos;
            pos += len;
            return at;
        }

        int u8() throws IOException {
            return buf[take(1)] & 0xFF;
        }

        int u16() throws IOException {
            int at = take(2);
            return (buf[at] & 0xFF) << 8 | (buf[at + 1] & 0xFF);
        }

        int s32() throws IOException {
            return u16() << 16 | u16();
        }

        long s64() throws IOException {
            return (long) s32() << 32 | (s32() & 0xFFFFFFFFL);
        }

        byte[] bytes(int len) throws IOException {
            int at = take(len);
            return Arrays.copyOfRange(buf, at, at + len);
        }

        String str() throws IOException {
            int lenAndForm = varint();
            int len = lenAndForm >>> 1;
            int at = take(len);
            if ((lenAndForm & 1) == 0) {
                return new String(buf, at, len, StandardCharsets.UTF_8);
            }
            if (len % 2 != 0) {
                throw new IOException("odd UTF-16 length");
            }
            char[] c = new char[len / 2];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) ((buf[at + 2 * i] & 0xFF) << 8 | (buf[at + 2 * i + 1] & 0xFF));
            }
            return new String(c);
        }

        int varint() throws IOException {
            int z = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8();
                z |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (z >>> 1) ^ -(z & 1);
                }
            }
            throw new IOException("varint too long");
        }

        /** A non-negative count no larger than the bytes left (each counted item takes at least one byte). */
        int count() throws IOException {
            int c = varint();
            if (c < 0 || c > remaining()) {
                throw new IOException("bad count " + c);
            }
            return c;
        }

        /** The string a reference stands for; the text between {@code start} and {@code end} for a text ref. */
        String string(String[] table, String text, int start, int end) throws IOException {
            int r = varint();
            if (r == NULL_REF) {
                return null;
            }
            if (r == TEXT_REF) {
                if (start < 0 || start > end || end > text.length()) {
                    throw new IOException("offsets outside the text");
                }
                return text.substring(start, end);
            }
            if (r < 2 || r - 2 >= table.length) {
                throw new IOException("bad string reference " + r);
            }
            return table[r - 2];
        }
    }
}

package bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON parser and serializer: a generated document of nested objects, arrays, strings with escapes,
 * integers, decimals, booleans and nulls is serialized to text, tokenized and parsed back into node
 * objects, walked by a visitor and serialized again; the two texts must be equal. Size = number of
 * records in the document.
 *
 * <p>Usage: {@code Json [records] [iterations]}.
 */
public final class Json {
    static final int DEFAULT_RECORDS = 20_000;

    /** A JSON value. */
    interface Node {
        void write(StringBuilder out);

        <R> R accept(Visitor<R> v);
    }

    interface Visitor<R> {
        R object(JsonObject o);

        R array(JsonArray a);

        R string(JsonString s);

        R number(JsonNumber n);

        R literal(JsonLiteral l);
    }

    static final class JsonObject implements Node {
        private final Map<String, Node> members = new LinkedHashMap<>();

        JsonObject put(String key, Node value) {
            if (members.put(key, value) != null) throw new IllegalArgumentException("duplicate key '" + key + "'");
            return this;
        }

        Map<String, Node> members() { return members; }

        @Override public void write(StringBuilder out) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> e : members.entrySet()) {
                if (!first) out.append(',');
                first = false;
                JsonString.quote(e.getKey(), out);
                out.append(':');
                e.getValue().write(out);
            }
            out.append('}');
        }

        @Override public <R> R accept(Visitor<R> v) { return v.object(this); }
    }

    static final class JsonArray implements Node {
        private final List<Node> elements = new ArrayList<>();

        JsonArray add(Node n) {
            elements.add(n);
            return this;
        }

        List<Node> elements() { return elements; }

        @Override public void write(StringBuilder out) {
            out.append('[');
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) out.append(',');
                elements.get(i).write(out);
            }
            out.append(']');
        }

        @Override public <R> R accept(Visitor<R> v) { return v.array(this); }
    }

    record JsonString(String value) implements Node {
        @Override public void write(StringBuilder out) { quote(value, out); }

        static void quote(String s, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append("\\u");
                            String hex = Integer.toHexString(c);
                            for (int k = hex.length(); k < 4; k++) out.append('0');
                            out.append(hex);
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        @Override public <R> R accept(Visitor<R> v) { return v.string(this); }
    }

    /** A number kept as integer part and up to four decimals, so no floating-point text is involved. */
    record JsonNumber(long units, int scale) implements Node {
        @Override public void write(StringBuilder out) {
            if (scale == 0) {
                out.append(units);
                return;
            }
            long div = pow10(scale);
            if (units < 0) out.append('-');
            long abs = Math.abs(units);
            out.append(abs / div).append('.');
            String frac = Long.toString(abs % div);
            for (int k = frac.length(); k < scale; k++) out.append('0');
            out.append(frac);
        }

        @Override public <R> R accept(Visitor<R> v) { return v.number(this); }
    }

    enum JsonLiteral implements Node {
        TRUE("true"), FALSE("false"), NULL("null");

        private final String text;

        JsonLiteral(String text) { this.text = text; }

        @Override public void write(StringBuilder out) { out.append(text); }

        @Override public <R> R accept(Visitor<R> v) { return v.literal(this); }
    }

    static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    enum TokenKind { LBRACE, RBRACE, LBRACKET, RBRACKET, COLON, COMMA, STRING, NUMBER, TRUE, FALSE, NULL, END }

    record Token(TokenKind kind, String text, int offset) {}

    /** Splits JSON text into tokens; strings are unescaped here. */
    static final class Tokenizer {
        private final String src;
        private int pos;
        private final StringBuilder buf = new StringBuilder();

        Tokenizer(String src) { this.src = src; }

        Token next() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
            if (pos == src.length()) return new Token(TokenKind.END, "", pos);
            int start = pos;
            char c = src.charAt(pos);
            switch (c) {
                case '{': pos++; return new Token(TokenKind.LBRACE, "{", start);
                case '}': pos++; return new Token(TokenKind.RBRACE, "}", start);
                case '[': pos++; return new Token(TokenKind.LBRACKET, "[", start);
                case ']': pos++; return new Token(TokenKind.RBRACKET, "]", start);
                case ':': pos++; return new Token(TokenKind.COLON, ":", start);
                case ',': pos++; return new Token(TokenKind.COMMA, ",", start);
                case '"': return string(start);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        pos++;
                        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                        return new Token(TokenKind.NUMBER, src.substring(start, pos), start);
                    }
                    for (TokenKind k : new TokenKind[] {TokenKind.TRUE, TokenKind.FALSE, TokenKind.NULL}) {
                        String word = k.name().toLowerCase();
                        if (src.startsWith(word, pos)) {
                            pos += word.length();
                            return new Token(k, word, start);
                        }
                    }
                    throw new IllegalArgumentException("unexpected character '" + c + "' at offset " + pos);
            }
        }

        private Token string(int start) {
            pos++;
            buf.setLength(0);
            while (true) {
                if (pos >= src.length()) throw new IllegalArgumentException("unterminated string at offset " + start);
                char c = src.charAt(pos++);
                if (c == '"') break;
                if (c != '\\') {
                    buf.append(c);
                    continue;
                }
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> buf.append('\n');
                    case 't' -> buf.append('\t');
                    case '"', '\\', '/' -> buf.append(e);
                    case 'u' -> {
                        buf.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e + " at offset " + (pos - 2));
                }
            }
            return new Token(TokenKind.STRING, buf.toString(), start);
        }
    }

    /** Recursive-descent parser over the tokenizer. */
    static final class Parser {
        private final Tokenizer tokens;
        private Token look;

        Parser(String text) {
            tokens = new Tokenizer(text);
            look = tokens.next();
        }

        Node parseDocument() {
            Node n = value();
            expect(TokenKind.END);
            return n;
        }

        private Token expect(TokenKind k) {
            Token t = look;
            if (t.kind() != k) {
                throw new IllegalArgumentException("expected " + k + " but found " + t.kind() + " at offset " + t.offset());
            }
            look = tokens.next();
            return t;
        }

        private Node value() {
            switch (look.kind()) {
                case LBRACE -> {
                    expect(TokenKind.LBRACE);
                    JsonObject o = new JsonObject();
                    if (look.kind() != TokenKind.RBRACE) {
                        do {
                            if (look.kind() == TokenKind.COMMA) expect(TokenKind.COMMA);
                            String key = expect(TokenKind.STRING).text();
                            expect(TokenKind.COLON);
                            o.put(key, value());
                        } while (look.kind() == TokenKind.COMMA);
                    }
                    expect(TokenKind.RBRACE);
                    return o;
                }
                case LBRACKET -> {
                    expect(TokenKind.LBRACKET);
                    JsonArray a = new JsonArray();
                    if (look.kind() != TokenKind.RBRACKET) {
                        do {
                            if (look.kind() == TokenKind.COMMA) expect(TokenKind.COMMA);
                            a.add(value());
                        } while (look.kind() == TokenKind.COMMA);
                    }
                    expect(TokenKind.RBRACKET);
                    return a;
                }
                case STRING -> { return new JsonString(expect(TokenKind.STRING).text()); }
                case NUMBER -> { return number(expect(TokenKind.NUMBER)); }
                case TRUE -> { expect(TokenKind.TRUE); return JsonLiteral.TRUE; }
                case FALSE -> { expect(TokenKind.FALSE); return JsonLiteral.FALSE; }
                case NULL -> { expect(TokenKind.NULL); return JsonLiteral.NULL; }
                default -> throw new IllegalArgumentException("unexpected " + look.kind() + " at offset " + look.offset());
            }
        }

        private static Node number(Token t) {
            String s = t.text();
            int dot = s.indexOf('.');
            if (dot < 0) return new JsonNumber(Long.parseLong(s), 0);
            int scale = s.length() - dot - 1;
            boolean negative = s.startsWith("-");
            long whole = Long.parseLong(s.substring(negative ? 1 : 0, dot));
            long frac = Long.parseLong(s.substring(dot + 1));
            long units = whole * pow10(scale) + frac;
            return new JsonNumber(negative ? -units : units, scale);
        }
    }

    /** Sums a digest over the tree: numbers, string lengths and characters, shape. */
    static final class Digest implements Visitor<Long> {
        @Override public Long object(JsonObject o) {
            long h = 17;
            for (Map.Entry<String, Node> e : o.members().entrySet()) {
                h = h * 31 + e.getKey().hashCode();
                h = h * 31 + e.getValue().accept(this);
            }
            return h;
        }

        @Override public Long array(JsonArray a) {
            long h = 19;
            for (Node n : a.elements()) h = h * 37 + n.accept(this);
            return h;
        }

        @Override public Long string(JsonString s) { return (long) s.value().hashCode(); }

        @Override public Long number(JsonNumber n) { return n.units() * 7 + n.scale(); }

        @Override public Long literal(JsonLiteral l) { return (long) l.ordinal() + 3; }
    }

    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "tab\there",
        "new\nline", "caf\u00e9", "\u03bb-calculus", "plain", "order", "invoice", "customer", "item"};

    static String text(Rng rng) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + rng.nextInt(4);
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(' ');
            sb.append(WORDS[rng.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    static Node record(Rng rng, int id, int depth) {
        JsonObject o = new JsonObject();
        o.put("id", new JsonNumber(id, 0));
        o.put("name", new JsonString(text(rng)));
        o.put("price", new JsonNumber(rng.nextInt(10_000_000) - 2_000_000, 2));
        o.put("active", rng.nextBoolean() ? JsonLiteral.TRUE : JsonLiteral.FALSE);
        o.put("ratio", new JsonNumber(rng.nextInt(100_000), 4));
        JsonArray tags = new JsonArray();
        int n = rng.nextInt(5);
        for (int i = 0; i < n; i++) tags.add(new JsonString(WORDS[rng.nextInt(WORDS.length)]));
        o.put("tags", tags);
        o.put("note", rng.nextInt(4) == 0 ? JsonLiteral.NULL : new JsonString(text(rng)));
        if (depth < 3 && rng.nextInt(3) == 0) {
            JsonArray children = new JsonArray();
            int k = 1 + rng.nextInt(3);
            for (int i = 0; i < k; i++) children.add(record(rng, id * 10 + i, depth + 1));
            o.put("children", children);
        }
        return o;
    }

    static long roundTrip(int records) {
        Rng rng = new Rng(4242);
        JsonArray items = new JsonArray();
        for (int i = 0; i < records; i++) items.add(record(rng, i, 0));
        JsonObject doc = new JsonObject().put("version", new JsonNumber(3, 0)).put("items", items);
        StringBuilder first = new StringBuilder();
        doc.write(first);
        String text = first.toString();
        Node parsed = new Parser(text).parseDocument();
        StringBuilder second = new StringBuilder();
        parsed.write(second);
        if (!text.contentEquals(second)) throw new IllegalStateException("round trip changed the document");
        long digest = parsed.accept(new Digest());
        if (digest != doc.accept(new Digest())) throw new IllegalStateException("digest differs after parsing");
        return digest * 31 + text.length();
    }

    public static void main(String[] args) {
        int records = Harness.arg(args, 0, DEFAULT_RECORDS, "number of records");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("Json", iterations, i -> roundTrip(records));
    }
}

package jos.provenance;

import java.util.Arrays;

/**
 * The code tokens of one Java source: the tokens inside method bodies, constructors, initialisers and
 * lambdas, with the line each starts on. Comments and whitespace are gone, and declarations outside
 * bodies (signatures, fields, constant tables) are left out, because implementing the same API forces
 * those; so would the bodies of a row of one-line methods, which is why each body ends in a
 * {@link #END} token that no run crosses.
 *
 * @param ids   interned token texts, see {@link TokenTable}; {@link #END} after each body
 * @param lines 1-based source line of each token
 */
public record CodeTokens(int[] ids, int[] lines) {
    /** Ends each outermost body: never equal to a token, so shared runs stop there. */
    public static final int END = 0;

    public int size() {
        return ids.length;
    }

    /** Reads {@code source}, interning token texts in {@code table}. */
    public static CodeTokens of(String source, TokenTable table) {
        return new Scanner(source, table).run();
    }

    /** The kinds of brace-delimited region the scanner can be in. */
    private enum Region { TYPE, CODE, DATA }

    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
    };

    private static final class Scanner {
        private final String src;
        private final TokenTable table;
        private int pos;
        private int line = 1;

        private int[] ids = new int[1024];
        private int[] lines = new int[1024];
        private int count;

        private Region[] regions = new Region[64];
        private int depth; // regions[0..depth) are open; depth 0 is the file level (a TYPE region)
        /** At type level: a class/interface/enum/record keyword was seen since the last ; { or }. */
        private boolean typeHeader;
        private String previous = "";

        Scanner(String src, TokenTable table) {
            this.src = src;
            this.table = table;
        }

        private Region current() {
            return depth == 0 ? Region.TYPE : regions[depth - 1];
        }

        CodeTokens run() {
            String token;
            while ((token = next()) != null) {
                int tokenLine = line;
                accept(token, tokenLine);
                previous = token;
            }
            return new CodeTokens(Arrays.copyOf(ids, count), Arrays.copyOf(lines, count));
        }

        private void accept(String token, int tokenLine) {
            switch (token) {
                case "{" -> {
                    Region opened;
                    Region here = current();
                    if (here != Region.TYPE) opened = here;
                    else if (typeHeader) opened = Region.TYPE;
                    else if (previous.equals("=") || previous.equals("]")) opened = Region.DATA;
                    else opened = Region.CODE;
                    typeHeader = false;
                    push(opened);
                    if (opened == Region.CODE) emit(token, tokenLine);
                }
                case "}" -> {
                    boolean code = current() == Region.CODE;
                    if (code) emit(token, tokenLine);
                    if (depth > 0) depth--;
                    if (code && current() == Region.TYPE) emitEnd(tokenLine);
                    typeHeader = false;
                }
                default -> {
                    Region here = current();
                    if (here == Region.CODE) {
                        emit(token, tokenLine);
                    } else if (here == Region.TYPE) {
                        if (token.equals(";")) typeHeader = false;
                        else if (isTypeKeyword(token) && !previous.equals(".")) typeHeader = true;
                    }
                }
            }
        }

        private static boolean isTypeKeyword(String token) {
            return token.equals("class") || token.equals("interface") || token.equals("enum")
                    || token.equals("record");
        }

        private void push(Region region) {
            if (depth == regions.length) regions = Arrays.copyOf(regions, depth * 2);
            regions[depth++] = region;
        }

        private void emit(String token, int tokenLine) {
            add(table.id(token), tokenLine);
        }

        private void emitEnd(int tokenLine) {
            add(END, tokenLine);
        }

        private void add(int id, int tokenLine) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
            }
            ids[count] = id;
            lines[count] = tokenLine;
            count++;
        }

        /** The next token's text, or null at the end; {@link #line} is the line it starts on. */
        private String next() {
            skipSpaceAndComments();
            if (pos >= src.length()) return null;
            char c = src.charAt(pos);
            if (src.startsWith("\"\"\"", pos)) {
                int end = src.indexOf("\"\"\"", pos + 3);
                while (end > 0 && isEscaped(end)) end = src.indexOf("\"\"\"", end + 1);
                int start = pos;
                advanceTo(end < 0 ? src.length() : end + 3);
                return src.substring(start, pos);
            }
            if (c == '"' || c == '\'') {
                int i = pos + 1;
                while (i < src.length() && src.charAt(i) != c && src.charAt(i) != '\n') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                String text = src.substring(pos, Math.min(i + 1, src.length()));
                advanceTo(Math.min(i + 1, src.length()));
                return text;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) pos++;
                return src.substring(start, pos);
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                return number();
            }
            for (String op : OPERATORS) {
                if (src.startsWith(op, pos)) {
                    pos += op.length();
                    return op;
                }
            }
            pos++;
            return String.valueOf(c);
        }

        private boolean isEscaped(int quote) {
            int backslashes = 0;
            for (int i = quote - 1; i >= 0 && src.charAt(i) == '\\'; i--) backslashes++;
            return (backslashes & 1) == 1;
        }

        /** A numeric literal, lower-cased and without underscores, so 0XFF_FF and 0xffff are one token. */
        private String number() {
            int start = pos;
            boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
            while (pos < src.length()) {
                char c = src.charAt(pos);
                boolean exponentSign = (c == '+' || c == '-') && pos > start
                        && (hex ? "pP" : "eE").indexOf(src.charAt(pos - 1)) >= 0;
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) pos++;
                else break;
            }
            return src.substring(start, pos).replace("_", "").toLowerCase();
        }

        private void advanceTo(int end) {
            for (int i = pos; i < end; i++) if (src.charAt(i) == '\n') line++;
            pos = end;
        }

        private void skipSpaceAndComments() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (src.startsWith("//", pos)) {
                    int end = src.indexOf('\n', pos);
                    pos = end < 0 ? src.length() : end;
                } else if (src.startsWith("/*", pos)) {
                    int end = src.indexOf("*/", pos + 2);
                    advanceTo(end < 0 ? src.length() : end + 2);
                } else {
                    return;
                }
            }
        }
    }
}

package java.nio.charset;

/** Only the charsets named in StandardCharsets exist; they are told apart by name. */
public abstract class Charset implements Comparable<Charset> {
    private final String name;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
    }

    public final String name() { return name; }

    public String displayName() { return name; }

    public final int compareTo(Charset that) { return name.compareToIgnoreCase(that.name); }

    public final boolean equals(Object ob) { return this == ob; }

    public final int hashCode() { return name.hashCode(); }

    public final String toString() { return name; }

    public static Charset defaultCharset() { return StandardCharsets.UTF_8; }

    public static Charset forName(String charsetName) {
        switch (charsetName.toUpperCase()) {
            case "UTF-8", "UTF8": return StandardCharsets.UTF_8;
            case "ISO-8859-1", "LATIN1", "ISO8859_1": return StandardCharsets.ISO_8859_1;
            case "US-ASCII", "ASCII": return StandardCharsets.US_ASCII;
            case "UTF-16": return StandardCharsets.UTF_16;
            case "UTF-16LE": return StandardCharsets.UTF_16LE;
            case "UTF-16BE": return StandardCharsets.UTF_16BE;
            default: throw new UnsupportedCharsetException(charsetName);
        }
    }
}

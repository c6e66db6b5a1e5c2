package java.util;

/** Joins strings with a delimiter between them and a prefix and suffix around them. */
public final class StringJoiner {
    private final String head;
    private final String separator;
    private final String tail;
    // The prefix followed by the elements added so far with separators; null until the first add.
    private StringBuilder text;
    private String whenEmpty;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        head = Objects.requireNonNull(prefix, "The prefix must not be null").toString();
        separator = Objects.requireNonNull(delimiter, "The delimiter must not be null").toString();
        tail = Objects.requireNonNull(suffix, "The suffix must not be null").toString();
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        whenEmpty = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    @Override
    public String toString() {
        if (text == null) return whenEmpty != null ? whenEmpty : head + tail;
        return tail.isEmpty() ? text.toString() : text + tail;
    }

    public StringJoiner add(CharSequence newElement) {
        nextSlot().append(newElement);
        return this;
    }

    /** Appends other's elements (without its prefix and suffix) as one element, if it has any. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.text != null) {
            // Read other first: it may be this joiner.
            String elements = other.text.substring(other.head.length());
            nextSlot().append(elements);
        }
        return this;
    }

    /** The builder, ready for the next element: started with the prefix, or given a separator. */
    private StringBuilder nextSlot() {
        if (text == null) return text = new StringBuilder(head);
        return text.append(separator);
    }

    public int length() {
        if (text == null) return whenEmpty != null ? whenEmpty.length() : head.length() + tail.length();
        return text.length() + tail.length();
    }
}

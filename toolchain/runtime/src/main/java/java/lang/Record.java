package java.lang;

/** The base of record classes; javac's generated equals/hashCode/toString are lowered by the compiler. */
public abstract class Record {
    protected Record() {}

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}

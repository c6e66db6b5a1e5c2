package java.lang;

/** The root class. Identity hash codes come from the object's address (objects do not move). */
public class Object {
    public Object() {}

    public final Class<?> getClass() {
        return jos.rt.Types.classOf(this);
    }

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) throw new CloneNotSupportedException(getClass().getName());
        return jos.rt.Mem.shallowCopy(this);
    }

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }
}

package java.lang;

/**
 * A class descriptor, as laid out by the compiler (jrt.h's jclass_s). It declares no instance fields:
 * every accessor reads the descriptor. Only names and type tests are offered, no other reflection.
 */
public final class Class<T> {
    private static final int INTERFACE = 1, ARRAY = 2, PRIMITIVE = 4, ENUM = 16, RECORD = 32,
            MEMBER = 256, LOCAL = 512, ANONYMOUS = 1024;

    private Class() {}

    public native String getName();
    public native String getSimpleName();
    public native Class<? super T> getSuperclass();
    public native Class<?> getComponentType();
    private native int flags();
    private native Class<?> enclosing();
    public native boolean isInstance(Object obj);
    public native boolean isAssignableFrom(Class<?> cls);

    public String getTypeName() {
        if (isArray()) return getComponentType().getTypeName() + "[]";
        return getName();
    }

    public boolean isInterface() { return (flags() & INTERFACE) != 0; }
    public boolean isArray() { return (flags() & ARRAY) != 0; }
    public boolean isPrimitive() { return (flags() & PRIMITIVE) != 0; }
    public boolean isEnum() { return (flags() & ENUM) != 0 && getSuperclass() == Enum.class; }
    public boolean isRecord() { return (flags() & RECORD) != 0; }

    public boolean isMemberClass() { return (flags() & MEMBER) != 0; }
    public boolean isLocalClass() { return (flags() & LOCAL) != 0; }
    public boolean isAnonymousClass() { return (flags() & ANONYMOUS) != 0; }

    public Class<?> getEnclosingClass() { return enclosing(); }

    public Class<?> getDeclaringClass() { return isMemberClass() ? enclosing() : null; }

    public Class<?> getNestHost() {
        Class<?> c = this;
        while (c.enclosing() != null) c = c.enclosing();
        return c;
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        if (isLocalClass() || isAnonymousClass()) return null;
        if (isMemberClass()) {
            String outer = enclosing().getCanonicalName();
            return outer == null ? null : outer + "." + getSimpleName();
        }
        return getName();
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive()) return "java.lang";
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    public boolean desiredAssertionStatus() { return false; }

    public String toString() {
        if (isPrimitive()) return getName();
        return (isInterface() ? "interface " : "class ") + getName();
    }
}

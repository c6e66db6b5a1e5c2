package jos.rt;

/**
 * Builds the exceptions the JVM raises by itself, with HotSpot's messages. Generated code calls these
 * and then raises the result; their own frames are left out of the stack trace.
 */
public final class Throw {
    private Throw() {}

    public static NullPointerException nullPointer(String helpfulMessage) {
        return new NullPointerException(helpfulMessage);
    }

    public static ArithmeticException divideByZero() {
        return new ArithmeticException("/ by zero");
    }

    public static ArrayIndexOutOfBoundsException arrayIndex(int index, int length) {
        return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static NegativeArraySizeException negativeArraySize(int length) {
        return new NegativeArraySizeException(Integer.toString(length));
    }

    public static ArrayStoreException arrayStore(Object value) {
        return new ArrayStoreException(value.getClass().getName());
    }

    public static ClassCastException classCast(Object obj, Class<?> target) {
        Class<?> from = obj.getClass();
        return new ClassCastException("class " + from.getName() + " cannot be cast to class " + target.getName()
                + " (" + moduleClause(from, target) + ")");
    }

    private static String moduleClause(Class<?> a, Class<?> b) {
        String ma = module(a), mb = module(b);
        if (ma.equals(mb)) return a.getName() + " and " + b.getName() + " are in " + ma;
        return a.getName() + " is in " + ma + "; " + b.getName() + " is in " + mb;
    }

    private static String module(Class<?> c) {
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive() || c.getName().startsWith("java.")) return "module java.base of loader 'bootstrap'";
        return "unnamed module of loader 'app'";
    }

    public static StackOverflowError stackOverflow() {
        return new StackOverflowError();
    }

    public static OutOfMemoryError outOfMemory() {
        return new OutOfMemoryError("Java heap space");
    }

    /** A static initializer ended with {@code t}: what the JVM raises in its place. */
    public static Throwable initializerFailed(Throwable t) {
        if (t instanceof Error) return t;
        return new ExceptionInInitializerError(t);
    }

    /** A class whose initializer failed earlier is used again. */
    public static NoClassDefFoundError initializerFailedBefore(String className) {
        return new NoClassDefFoundError("Could not initialize class " + className);
    }

    public static AbstractMethodError abstractMethod(String method) {
        return new AbstractMethodError(method);
    }
}

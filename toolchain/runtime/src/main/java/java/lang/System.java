package java.lang;

import java.io.PrintStream;
import jos.rt.FdOutputStream;

/**
 * Standard streams, clocks, exit and arraycopy. stdout is buffered (8 KiB) until flush or exit; stderr
 * is unbuffered and flushes stdout before each write so the two keep their order on a terminal.
 */
public final class System {
    private System() {}

    private static final FdOutputStream STDOUT = new FdOutputStream(1, 8192, null);
    private static final FdOutputStream STDERR = new FdOutputStream(2, 0, STDOUT);

    public static PrintStream out = new PrintStream(STDOUT, false);
    public static PrintStream err = new PrintStream(STDERR, true);

    public static void setOut(PrintStream out) {
        System.out = java.util.Objects.requireNonNull(out);
    }

    public static void setErr(PrintStream err) {
        System.err = java.util.Objects.requireNonNull(err);
    }

    public static long currentTimeMillis() {
        return jos.rt.Sys.currentTimeMillis();
    }

    public static long nanoTime() {
        return jos.rt.Sys.nanoTime();
    }

    /** Object.hashCode's identity value, 0 for null. */
    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return "\n";
    }

    /**
     * The standard properties that describe this platform or the Java SE specification we implement,
     * with HotSpot's values; the ones that describe a JVM installation (java.home, java.class.path,
     * java.version...) are null, see docs/runtime.md. Computed on each call: there is no properties
     * table, and so no setProperty.
     */
    public static String getProperty(String key) {
        checkKey(key);
        return switch (key) {
            case "line.separator" -> "\n";
            case "file.separator" -> "/";
            case "path.separator" -> ":";
            case "os.name" -> jos.rt.Sys.fact(jos.rt.Sys.OS_NAME);
            case "os.arch" -> jos.rt.Sys.fact(jos.rt.Sys.OS_ARCH);
            case "os.version" -> jos.rt.Sys.fact(jos.rt.Sys.OS_VERSION);
            case "user.dir" -> jos.rt.Sys.fact(jos.rt.Sys.USER_DIR);
            case "user.home" -> getenv("HOME");
            case "user.name" -> getenv("USER");
            case "java.io.tmpdir" -> "/tmp";
            case "file.encoding" -> "UTF-8";
            case "native.encoding", "stdout.encoding", "stderr.encoding", "sun.jnu.encoding" -> nativeEncoding();
            case "java.specification.version", "java.vm.specification.version" -> "25";
            case "java.specification.name" -> "Java Platform API Specification";
            case "java.vm.specification.name" -> "Java Virtual Machine Specification";
            case "java.specification.vendor", "java.vm.specification.vendor" -> "Oracle Corporation";
            case "java.class.version" -> "69.0";
            case "java.vendor", "java.vm.vendor" -> "jos";
            case "java.vm.name" -> "jos AOT";
            default -> null;
        };
    }

    /**
     * The C library's codeset for the locale the environment names (LC_ALL, else LC_CTYPE, else LANG):
     * UTF-8 for a UTF-8 locale, else the C locale's ASCII, by glibc's name for it.
     */
    private static String nativeEncoding() {
        String locale = null;
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            locale = getenv(variable);
            if (locale != null && !locale.isEmpty()) break;
        }
        if (locale != null) {
            int dot = locale.indexOf('.');
            int at = locale.indexOf('@');
            String codeset = dot < 0 ? "" : locale.substring(dot + 1, at > dot ? at : locale.length());
            if (codeset.equalsIgnoreCase("UTF-8") || codeset.equalsIgnoreCase("utf8")) return "UTF-8";
        }
        return "ANSI_X3.4-1968";
    }

    /** The value of an environment variable, or null if it is not set (or there is no environment). */
    public static String getenv(String name) {
        if (name == null) throw new NullPointerException();
        return jos.rt.Sys.environment(name);
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    private static void checkKey(String key) {
        if (key == null) throw new NullPointerException("key can't be null");
        if (key.isEmpty()) throw new IllegalArgumentException("key can't be empty");
    }

    /** Flushes the standard streams and ends the process. */
    public static void exit(int status) {
        out.flush();
        err.flush();
        FdOutputStream.flushAll();
        jos.rt.Sys.exit(status);
    }

    /** A full collection (docs/gc.md). */
    public static void gc() {
        jos.rt.Sys.gc();
    }

    // ---- arraycopy, with HotSpot's checks in HotSpot's order and its messages ----

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (jos.rt.Mem.arraycopyFast(src, srcPos, dest, destPos, length)) return;
        checkedArraycopy(src, srcPos, dest, destPos, length);
    }

    /** Everything the fast path leaves: the errors, and reference copies that check each element. */
    private static void checkedArraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) throw new NullPointerException();
        // Primitive arrays are told apart by instanceof, so no primitive Class objects are needed.
        int sk = primitiveKind(src), dk = primitiveKind(dest);
        boolean sRef = src instanceof Object[], dRef = dest instanceof Object[];
        if (sk < 0 && !sRef)
            throw new ArrayStoreException("arraycopy: source type " + src.getClass().getName() + " is not an array");
        if (dk < 0 && !dRef)
            throw new ArrayStoreException("arraycopy: destination type " + dest.getClass().getName() + " is not an array");
        if (sk != dk) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kindName(sk) + "[] into "
                    + kindName(dk) + "[]");
        }
        if (sk >= 0) {
            int slen = primitiveLength(src, sk), dlen = primitiveLength(dest, dk);
            checkBounds(srcPos, destPos, length, slen, dlen, kindName(sk));
            if (length == 0) return;
            int size = jos.rt.Mem.elementSize(src);
            jos.rt.Mem.copy(src, srcPos * size, dest, destPos * size, length * size);
            return;
        }
        Object[] s = (Object[]) src, d = (Object[]) dest;
        checkBounds(srcPos, destPos, length, s.length, d.length, "object array");
        if (length == 0) return;
        Class<?> se = src.getClass().getComponentType(), de = dest.getClass().getComponentType();
        if (se == de || de.isAssignableFrom(se)) {
            int size = jos.rt.Mem.elementSize(src);
            jos.rt.Mem.copy(src, srcPos * size, dest, destPos * size, length * size);
            return;
        }
        // The element types may not fit: check each element, copying up to the first misfit as HotSpot does.
        for (int i = 0; i < length; i++) {
            Object e = s[srcPos + i];
            if (e != null && !de.isInstance(e)) {
                if (!se.isAssignableFrom(de)) {
                    throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + se.getName() + "[] into "
                            + de.getName() + "[]");
                }
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + se.getName() + "[] to the type of the destination array, " + de.getName());
            }
            d[destPos + i] = e;
        }
    }

    private static final String[] PRIMITIVE_NAMES = {"boolean", "byte", "char", "short", "int", "long", "float", "double"};

    private static String kindName(int kind) {
        return kind < 0 ? "object array" : PRIMITIVE_NAMES[kind];
    }

    /** 0..7 for boolean[] .. double[] (PRIMITIVE_NAMES order), -1 for anything else. */
    private static int primitiveKind(Object a) {
        if (a instanceof byte[]) return 1;
        if (a instanceof char[]) return 2;
        if (a instanceof int[]) return 4;
        if (a instanceof long[]) return 5;
        if (a instanceof double[]) return 7;
        if (a instanceof boolean[]) return 0;
        if (a instanceof short[]) return 3;
        if (a instanceof float[]) return 6;
        return -1;
    }

    private static int primitiveLength(Object a, int kind) {
        return switch (kind) {
            case 0 -> ((boolean[]) a).length;
            case 1 -> ((byte[]) a).length;
            case 2 -> ((char[]) a).length;
            case 3 -> ((short[]) a).length;
            case 4 -> ((int[]) a).length;
            case 5 -> ((long[]) a).length;
            case 6 -> ((float[]) a).length;
            default -> ((double[]) a).length;
        };
    }

    private static void checkBounds(int srcPos, int destPos, int length, int slen, int dlen, String kind) {
        if (srcPos < 0)
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for " + kind + "[" + slen + "]");
        if (destPos < 0)
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos + " out of bounds for " + kind + "[" + dlen + "]");
        if (length < 0)
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        long srcEnd = (long) srcPos + length, destEnd = (long) destPos + length;
        if (srcEnd > slen)
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + srcEnd + " out of bounds for " + kind + "[" + slen + "]");
        if (destEnd > dlen)
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + destEnd + " out of bounds for " + kind + "[" + dlen + "]");
    }
}

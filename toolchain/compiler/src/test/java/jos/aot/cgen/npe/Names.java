package jos.aot.cgen.npe;

/** NPE fixtures for how HotSpot spells classes, nested classes and parameter types. */
@SuppressWarnings({"null", "unused"})
public final class Names {
    static final class Inner {
        Inner link;
        static Inner shared;

        Inner get(Object[] a, java.lang.Object b, java.lang.StringBuilder c, String... d) {
            return null;
        }

        Inner objects(java.util.Objects o, String s, Object[][] arr) {
            return null;
        }
    }

    public static void npeNestedStatic() {
        Inner.shared.link.hashCode();
    }

    public static void npeNestedInvoke() {
        new Inner().get(null, null, null).link.hashCode();
    }

    public static void npeNestedInvokeDirect() {
        new Inner().get(null, null, null).hashCode();
    }

    public static void npeObjectsParameter() {
        new Inner().objects(null, null, null).hashCode();
    }

    static void integerParam(Integer i) {
        i.toString();
    }

    public static void npeIntegerMethod() {
        integerParam(null);
    }

    public static void npeSystemField() {
        Object o = System.getProperty("no.such.property.jos");
        o.toString();
    }

    static void stringArrayParam(String[][] a) {
        a[0][0].concat(null);
    }

    public static void npeStringArrays() {
        stringArrayParam(new String[1][1]);
    }
}

package corpus;

import java.util.*;

public class ObjectMethods {
    static class Nested {}

    class Inner {}

    interface Marker {}

    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } } }

    record Rec(int a) {}

    static class Key {
        final int id;

        Key(int id) { this.id = id; }

        @Override public boolean equals(Object o) { return o instanceof Key k && k.id == id; }

        @Override public int hashCode() { return id * 31; }

        @Override public String toString() { return "Key#" + id; }
    }

    static void names(Object o) {
        Class<?> c = o.getClass();
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.isArray() + " " + c.isInterface() + " " + c.isEnum() + " " + c.isRecord() + " " + c.isPrimitive());
    }

    public static void main(String[] args) {
        names(new ObjectMethods());
        names(new Nested());
        names(new ObjectMethods().new Inner());
        names(new Marker() {});
        names(new Object() {});
        names(Color.RED);
        names(Color.GREEN);
        names(new Rec(1));
        names(new int[0]);
        names(new String[0][0]);
        names(new Nested[1]);
        names(new long[1][2][3]);
        names("s");
        names(1);
        names(new ArrayList<String>());
        names(new boolean[0]);
        names(new char[0]);
        names(new double[0]);
        class Local {}
        names(new Local());
        System.out.println(int.class.getName() + " " + void.class.getName() + " " + int[].class.getName() + " " + Integer.TYPE + " " + int.class.isPrimitive());
        System.out.println(Marker.class.getName() + " " + Marker.class.isInterface() + " " + Color.class.getSuperclass().getName());
        System.out.println(String.class + " | " + Marker.class + " | " + int.class + " | " + int[].class);
        System.out.println(new int[0].getClass().getComponentType() + " " + String[][].class.getComponentType().getSimpleName());
        Key k1 = new Key(5), k2 = new Key(5), k3 = new Key(6);
        System.out.println(k1.equals(k2) + " " + (k1 == k2) + " " + k1.equals(k3) + " " + k1.hashCode() + " " + k1 + " " + Objects.hashCode(null));
        Map<Key, String> m = new HashMap<>();
        m.put(k1, "first");
        m.put(k2, "second");
        m.put(k3, "third");
        System.out.println(m.size() + " " + m.get(new Key(5)) + " " + m.containsKey(new Key(7)));
        Object o = new Object();
        System.out.println(o.equals(o) + " " + o.equals(new Object()) + " " + (o.hashCode() == o.hashCode()) + " " + o.getClass().getName());
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null));
        System.out.println(Objects.hash(1, "a", null) + " " + Objects.hash() + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.hashCode((int[]) null));
        try {
            Objects.requireNonNull(null, "value must not be null");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        System.out.println(Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("str".equals("str") + " " + Integer.valueOf(3).equals(3L) + " " + Long.valueOf(3).equals(3L));
    }
}

package corpus;

public class ArrayCovariance {
    static class Fruit { public String toString() { return getClass().getSimpleName(); } }
    static class Apple extends Fruit {}
    static class Orange extends Fruit {}

    static void store(Object[] arr, int i, Object v) {
        try {
            arr[i] = v;
            System.out.println("stored " + (v == null ? "null" : v.getClass().getSimpleName()) + " into " + arr.getClass().getSimpleName());
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Apple[] apples = new Apple[2];
        Fruit[] fruits = apples;
        Object[] objects = fruits;
        store(objects, 0, new Apple());
        store(objects, 1, new Orange());
        store(objects, 1, new Fruit());
        store(objects, 1, "string");
        store(objects, 1, null);
        try {
            fruits[0] = new Orange();
        } catch (ArrayStoreException e) {
            System.out.println("direct: " + e.getMessage());
        }
        Object[] strs = new String[1];
        store(strs, 0, "ok");
        store(strs, 0, 42);
        store(strs, 0, new StringBuilder("sb"));
        Object[] nums = new Number[3];
        store(nums, 0, 1);
        store(nums, 1, 2.5);
        store(nums, 2, "three");
        Object[] cs = new CharSequence[2];
        store(cs, 0, "str");
        store(cs, 1, new StringBuilder("sb"));
        store(cs, 1, 'c');
        Object[][] nested = new Integer[2][2];
        store(nested, 0, new Integer[3]);
        store(nested, 1, new String[1]);
        store(nested, 1, new Object[1]);
        Object[] objArrs = new Object[2][];
        store(objArrs, 0, new int[2]);
        store(objArrs, 0, new String[2]);
        Object[] ia = new int[2][];
        store(ia, 0, new int[5]);
        store(ia, 1, new long[5]);
        store(new Object[1], 0, new int[1][1]);
        store(new Cloneable[1], 0, new int[0]);
        store(new Cloneable[1], 0, "not cloneable");
        System.out.println(apples[0] + " " + apples[1]);
        Fruit[] copy = java.util.Arrays.copyOf(apples, 3, Fruit[].class);
        copy[2] = new Orange();
        System.out.println(java.util.Arrays.toString(copy));
        try {
            Object[] src = {new Apple(), new Orange()};
            System.arraycopy(src, 0, apples, 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        System.out.println(apples[0] + " " + apples[1]);
    }
}

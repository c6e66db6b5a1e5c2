package corpus;

import java.util.*;

/** Arrays: exception types and messages of range checks, copies, streams, asList and null arguments. */
public class ArraysApiExceptions {
    static void t(String name, Runnable r) {
        try {
            r.run();
            System.out.println(name + " ok");
        } catch (RuntimeException e) {
            System.out.println(name + " " + e);
        }
    }

    public static void main(String[] args) {
        int[] three = new int[3];
        t("sortRange", () -> Arrays.sort(new Object[]{"a", "b"}, 1, 0));
        t("sortNeg", () -> Arrays.sort(new Object[]{"a", "b"}, -1, 0));
        t("sortHigh", () -> Arrays.sort(new Object[]{"a", "b"}, 0, 3));
        t("sortIntRange", () -> Arrays.sort(three, 2, 1));
        t("sortLongHigh", () -> Arrays.sort(new long[2], 0, 9));
        t("sortNull", () -> Arrays.sort((Object[]) null));
        t("sortCCE", () -> Arrays.sort(new Object[]{new Object(), new Object()}));
        t("copyOfRangeBackwards", () -> Arrays.copyOfRange(three, 2, 1));
        t("copyOfRangePastEnd", () -> Arrays.copyOfRange(three, 4, 5));
        t("copyOfRangeAtEnd", () -> System.out.println(Arrays.toString(Arrays.copyOfRange(three, 3, 5))));
        t("copyOfRangeNegative", () -> Arrays.copyOfRange(new long[2], -1, 1));
        t("copyOfRangeObjNeg", () -> Arrays.copyOfRange(new Object[3], -1, 2));
        t("copyOfRangeObjPast", () -> Arrays.copyOfRange(new Object[3], 4, 5));
        t("copyOfRangeBackwardsNull", () -> Arrays.copyOfRange((int[]) null, 3, 1));
        t("copyOfNegative", () -> Arrays.copyOf(three, -1));
        t("copyOfObjNegative", () -> Arrays.copyOf(new Object[3], -1));
        t("copyOfTypedNegative", () -> Arrays.copyOf(new Object[3], -2, String[].class));
        t("copyOfTyped", () -> System.out.println(Arrays.copyOf(new Object[]{"s"}, 2, String[].class).getClass().getSimpleName()));
        t("copyOfTypedMismatch", () -> Arrays.copyOf(new Object[]{1}, 1, String[].class));
        t("copyOfRangeTyped", () -> System.out.println(Arrays.toString(Arrays.copyOfRange(new Object[]{"a", "b", "c"}, 1, 5, String[].class))));
        t("streamPast", () -> Arrays.stream(three, 2, 5));
        t("streamBackwards", () -> Arrays.stream(three, 2, 1));
        t("streamNeg", () -> Arrays.stream(three, -1, 1));
        t("streamNegPast", () -> Arrays.stream(three, -1, 5));
        t("streamObj", () -> Arrays.stream(new Object[3], 4, 2));
        t("streamLong", () -> Arrays.stream(new long[3], 1, 4));
        t("streamDouble", () -> System.out.println(Arrays.stream(new double[]{1.5, 2.5, 3.5}, 1, 3).sum()));
        t("streamInt", () -> System.out.println(Arrays.stream(new int[]{1, 2, 3, 4}, 1, 3).sum()));
        t("fillRange", () -> Arrays.fill(three, 2, 1, 0));
        t("fillStore", () -> Arrays.fill(new String[3], 0, 1, (Object) 1));
        t("fillStoreAll", () -> Arrays.fill(new String[3], (Object) 1));
        t("fillHigh", () -> Arrays.fill(three, 0, 4, 0));
        t("searchHigh", () -> Arrays.binarySearch(three, 0, 4, 0));
        t("searchBackwards", () -> Arrays.binarySearch(new String[0], 1, 0, "x"));
        t("searchCCE", () -> Arrays.binarySearch(new Object[]{new Object(), "a", "b"}, "a"));
        t("compareRange", () -> Arrays.compare(three, 2, 1, new int[0], 0, 0));
        t("compareHigh", () -> Arrays.compare(three, 0, 4, new int[0], 0, 0));
        t("compareHighB", () -> Arrays.compare(three, 0, 3, new int[0], 0, 1));
        t("equalsRangeB", () -> Arrays.equals(three, 0, 3, new int[0], 1, 0));
        t("mismatchRangeA", () -> Arrays.mismatch(new String[0], 0, 1, null, 0, 0, Comparator.naturalOrder()));
        t("compareNullCmp", () -> Arrays.compare(new String[0], new String[0], null));
        t("equalsNullCmp", () -> Arrays.equals(null, null, null));
        t("mismatchNullCmp", () -> Arrays.mismatch(new String[0], new String[0], null));
        t("equalsRangeNullCmp", () -> Arrays.equals(null, 0, 0, new String[0], 0, 0, null));
        t("asListNull", () -> Arrays.asList((Object[]) null));
        List<String> l = Arrays.asList("a", "b", "c");
        t("asListAdd", () -> l.add("x"));
        t("asListRemove", () -> l.remove(0));
        t("asListGet", () -> l.get(5));
        t("asListSet", () -> l.set(-1, "q"));
        t("asListIteratorRemove", () -> {
            Iterator<String> it = l.iterator();
            it.next();
            it.remove();
        });
        t("asListIteratorEnd", () -> {
            Iterator<String> it = l.iterator();
            while (true) it.next();
        });
        t("asListClear", () -> l.clear());
        t("asListAddAll", () -> l.addAll(List.of("z")));
        t("asListAddAllEmpty", () -> System.out.println(l.addAll(List.of())));
        t("asListReplaceAllNull", () -> l.replaceAll(null));
        t("asListForEachNull", () -> l.forEach(null));
        t("asListToArrayStore", () -> l.toArray(new Integer[0]));
        t("asListToArrayStoreBig", () -> l.toArray(new Integer[5]));
        t("asListSetStore", () -> {
            Object[] strings = new String[]{"x"};
            Arrays.asList(strings).set(0, 1);
        });
        t("asListClass", () -> System.out.println(l.getClass().getName() + " " + l.iterator().getClass().getName()));
        t("asListListIterator", () -> {
            List<String> m = Arrays.asList("a", "b", "c");
            ListIterator<String> it = m.listIterator();
            it.next();
            it.set("z");
            System.out.println(m);
            it.add("q");
        });
        t("setAllNull", () -> Arrays.setAll(new int[0], null));
        t("setAllObjNull", () -> Arrays.setAll(new String[0], null));
        t("parallelSetAllNull", () -> Arrays.parallelSetAll(new long[0], null));
        t("sortNullElement", () -> Arrays.sort(new String[]{"b", null, "a"}, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}

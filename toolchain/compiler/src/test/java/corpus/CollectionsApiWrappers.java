package corpus;

import java.util.*;

/** Collections' wrappers, empty, singleton and nCopies collections: refusals, messages, identity, equality. */
public class CollectionsApiWrappers {
    static void t(String name, Runnable r) {
        try {
            r.run();
            System.out.println(name + " ok");
        } catch (RuntimeException e) {
            System.out.println(name + " " + e);
        }
    }

    static String simple(Object o) {
        String n = o.getClass().getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    public static void main(String[] args) {
        t("nCopiesNeg", () -> Collections.nCopies(-1, "a"));
        t("nCopiesGet", () -> Collections.nCopies(3, "a").get(3));
        t("nCopiesGetNeg", () -> Collections.nCopies(3, "a").get(-1));
        t("nCopiesSub", () -> System.out.println(Collections.nCopies(3, "a").subList(1, 5)));
        t("nCopiesSubBackwards", () -> System.out.println(Collections.nCopies(3, "a").subList(2, 1)));
        t("nCopiesSubNeg", () -> System.out.println(Collections.nCopies(3, "a").subList(-1, 1)));
        t("nCopiesSubOk", () -> System.out.println(Collections.nCopies(5, "a").subList(1, 3) + " " + simple(Collections.nCopies(5, "a").subList(1, 3))));
        t("nCopiesSet", () -> Collections.nCopies(2, 1).set(0, 3));
        t("nCopiesAdd", () -> Collections.nCopies(2, 1).add(3));
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println(copies + " " + copies.hashCode() + " " + Collections.nCopies(0, "x").hashCode() + " " + Collections.nCopies(3, null).hashCode()
                + " " + copies.equals(List.of("ab", "ab", "ab", "ab")) + " " + copies.indexOf("ab") + " " + copies.lastIndexOf("ab") + " " + copies.lastIndexOf("x")
                + " " + Arrays.toString(copies.toArray()) + " " + Arrays.toString(copies.toArray(new String[6])) + " " + copies.toArray(new String[0]).length
                + " " + Collections.nCopies(2, null).contains(null) + " " + copies.stream().count());
        t("singletonListGet", () -> Collections.singletonList("a").get(1));
        t("singletonRemoveAbsent", () -> System.out.println(Collections.singleton(1).remove(2)));
        t("singletonRemovePresent", () -> System.out.println(Collections.singleton(1).remove(1)));
        t("singletonIterEnd", () -> {
            Iterator<Integer> it = Collections.singleton(1).iterator();
            it.next();
            it.next();
        });
        t("singletonIterRemove", () -> {
            Iterator<Integer> it = Collections.singleton(1).iterator();
            it.next();
            it.remove();
        });
        t("singletonAdd", () -> Collections.singleton(1).add(2));
        t("singletonMapPut", () -> Collections.singletonMap(1, 2).put(1, 3));
        t("singletonMapRemoveAbsent", () -> System.out.println(Collections.singletonMap(1, 2).remove(5)));
        t("singletonMapClear", () -> Collections.singletonMap(1, 2).clear());
        t("singletonMapCompute", () -> Collections.singletonMap(1, 2).compute(1, (k, v) -> v));
        t("singletonListSet", () -> Collections.singletonList(1).set(0, 3));
        t("singletonListSort", () -> Collections.singletonList(1).sort(null));
        t("singletonListReplaceAll", () -> Collections.singletonList(1).replaceAll(v -> v));
        t("singletonListRemoveIf", () -> Collections.singletonList(1).removeIf(v -> false));
        t("singletonRemoveIf", () -> Collections.singleton(1).removeIf(v -> false));
        Map<String, Integer> sm = Collections.singletonMap("k", 7);
        System.out.println(sm + " " + sm.hashCode() + " " + sm.get("k") + " " + sm.get("z") + " " + sm.containsKey("k") + " " + sm.containsValue(7)
                + " " + sm.keySet() + " " + sm.values() + " " + sm.entrySet() + " " + (sm.keySet() == sm.keySet()) + " " + sm.equals(Map.of("k", 7))
                + " " + sm.getOrDefault("z", -1) + " " + Collections.singleton(null).hashCode() + " " + Collections.singletonList("x").hashCode()
                + " " + Collections.singleton("x").equals(Set.of("x")) + " " + Collections.singletonList(null) + " " + Collections.singleton(3).contains(3));

        t("emptyListGet", () -> Collections.emptyList().get(0));
        t("emptyIterNext", () -> Collections.emptyIterator().next());
        t("emptyIterRemove", () -> Collections.emptyIterator().remove());
        t("emptyListIterSet", () -> Collections.emptyListIterator().set(null));
        t("emptyListIterAdd", () -> Collections.emptyListIterator().add(null));
        t("emptyListIterPrev", () -> Collections.emptyListIterator().previous());
        t("emptyEnum", () -> Collections.emptyEnumeration().nextElement());
        t("emptyMapPut", () -> Collections.emptyMap().put(1, 2));
        t("emptySetAdd", () -> Collections.emptySet().add(1));
        t("emptyListAdd", () -> Collections.emptyList().add(1));
        t("emptySortedSetFirst", () -> Collections.emptySortedSet().first());
        t("emptySortedMapFirst", () -> Collections.emptySortedMap().firstKey());
        t("emptySortedSetAdd", () -> Collections.emptySortedSet().add(1));
        t("emptyNavigableMapPut", () -> Collections.emptyNavigableMap().put(1, 1));
        t("emptyMapComputeIfAbsent", () -> Collections.<Integer, Integer>emptyMap().computeIfAbsent(1, k -> 2));
        t("emptyListSort", () -> Collections.emptyList().sort(null));
        t("emptyListRemoveIfNull", () -> Collections.emptyList().removeIf(null));
        t("emptyListRemove", () -> System.out.println(Collections.emptyList().remove((Object) 1)));
        t("emptyListClear", () -> Collections.emptyList().clear());
        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap() + " " + Collections.emptyList().hashCode()
                + " " + Collections.emptySet().hashCode() + " " + Collections.emptyMap().hashCode() + " " + Collections.emptyList().equals(new ArrayList<>())
                + " " + Collections.emptySet().equals(Set.of()) + " " + Collections.emptyMap().equals(new HashMap<>()) + " " + Collections.emptyMap().getOrDefault(1, "d")
                + " " + (Collections.emptyList() == Collections.EMPTY_LIST) + " " + (Collections.emptySortedSet() == Collections.emptyNavigableSet())
                + " " + (Collections.emptySortedMap() == Collections.emptyNavigableMap()) + " " + Collections.emptySortedSet() + Collections.emptyNavigableMap()
                + " " + Arrays.toString(Collections.emptyList().toArray(new String[]{"x", "y"})) + " " + Collections.emptyListIterator().nextIndex()
                + " " + Collections.emptyListIterator().previousIndex() + " " + Collections.emptyEnumeration().asIterator().hasNext());

        List<Integer> backing = new ArrayList<>(List.of(3, 1, 2));
        List<Integer> ul = Collections.unmodifiableList(backing);
        for (String op : new String[]{"add", "remove", "set", "clear", "sort", "removeIf", "replaceAll", "iterRemove", "listIterSet", "addAll", "subListAdd", "removeFirst"}) {
            t("unmodifiable " + op, () -> {
                switch (op) {
                    case "add" -> ul.add(1);
                    case "remove" -> ul.remove((Object) 9);
                    case "set" -> ul.set(0, 1);
                    case "clear" -> Collections.unmodifiableList(new ArrayList<>()).clear();
                    case "sort" -> Collections.unmodifiableList(new ArrayList<Integer>()).sort(null);
                    case "removeIf" -> Collections.unmodifiableList(new ArrayList<Integer>()).removeIf(v -> false);
                    case "replaceAll" -> ul.replaceAll(v -> v);
                    case "iterRemove" -> {
                        Iterator<Integer> it = ul.iterator();
                        it.next();
                        it.remove();
                    }
                    case "listIterSet" -> {
                        ListIterator<Integer> it = ul.listIterator(1);
                        System.out.println(it.previous() + " " + it.nextIndex());
                        it.set(5);
                    }
                    case "addAll" -> ul.addAll(List.of());
                    case "subListAdd" -> ul.subList(0, 1).add(4);
                    default -> ul.removeFirst();
                }
            });
        }
        backing.add(4);
        System.out.println(ul + " " + ul.size() + " " + ul.get(3) + " " + ul.indexOf(4) + " " + ul.equals(List.of(3, 1, 2, 4)) + " " + ul.hashCode()
                + " " + ul.subList(1, 3) + " " + ul.reversed() + " " + ul.getFirst() + " " + ul.stream().mapToInt(i -> i).sum());
        Map<Integer, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of(1, 2, 3, 4)));
        t("umPut", () -> um.put(1, 1));
        t("umRemove", () -> um.remove(7));
        t("umMerge", () -> um.merge(1, 1, Integer::sum));
        t("umEntrySetValue", () -> um.entrySet().iterator().next().setValue(3));
        t("umEntryArraySetValue", () -> ((Map.Entry<Integer, Integer>) um.entrySet().toArray()[0]).setValue(3));
        t("umEntryForEachSetValue", () -> um.entrySet().forEach(e -> e.setValue(1)));
        t("umKeySetRemove", () -> um.keySet().remove(1));
        t("umValuesClear", () -> um.values().clear());
        System.out.println(um + " " + um.entrySet() + " " + um.entrySet().contains(Map.entry(1, 2)) + " " + um.entrySet().contains("x")
                + " " + Arrays.toString(um.entrySet().toArray(new Map.Entry[0])) + " " + um.keySet() + " " + um.values() + " " + (um.keySet() == um.keySet())
                + " " + um.equals(Map.of(1, 2, 3, 4)) + " " + um.hashCode() + " " + um.entrySet().equals(Map.of(1, 2, 3, 4).entrySet())
                + " " + um.entrySet().iterator().next().equals(Map.entry(1, 2)) + " " + um.entrySet().iterator().next().hashCode() + " " + um.getOrDefault(9, 0));

        Collection<Integer> uc = Collections.unmodifiableCollection(new ArrayList<>(List.of(1)));
        Set<Integer> us = Collections.unmodifiableSet(new HashSet<>(Set.of(1)));
        System.out.println((Collections.unmodifiableList(ul) == ul) + " " + (Collections.unmodifiableCollection(ul) == ul) + " " + (Collections.synchronizedList(ul) == ul)
                + " " + (Collections.unmodifiableCollection(uc) == uc) + " " + uc.equals(uc) + " " + uc.equals(List.of(1)) + " " + uc
                + " " + (Collections.unmodifiableSet(us) == us) + " " + (Collections.unmodifiableCollection(us) == us) + " " + us.equals(Set.of(1))
                + " " + (Collections.unmodifiableMap(um) == um));
        System.out.println(simple(Collections.unmodifiableList(new LinkedList<>())) + " " + simple(ul) + " " + simple(Collections.synchronizedList(new LinkedList<>()))
                + " " + simple(Collections.synchronizedList(new ArrayList<>())) + " " + simple(Collections.emptySortedSet()) + " " + simple(Collections.emptySortedMap())
                + " " + simple(Collections.reverseOrder()) + " " + simple(Collections.reverseOrder(Integer::compare)) + " " + simple(Collections.nCopies(1, 1))
                + " " + simple(Collections.singleton(1)) + " " + simple(Collections.singletonList(1)) + " " + simple(Collections.singletonMap(1, 1))
                + " " + simple(Collections.emptyList()) + " " + simple(Collections.emptySet()) + " " + simple(Collections.emptyMap())
                + " " + simple(Collections.asLifoQueue(new ArrayDeque<>())) + " " + simple(Collections.newSetFromMap(new HashMap<>()))
                + " " + simple(Collections.unmodifiableSortedSet(new TreeSet<>())) + " " + simple(Collections.unmodifiableNavigableSet(new TreeSet<>()))
                + " " + simple(Collections.unmodifiableSortedMap(new TreeMap<>())) + " " + simple(Collections.unmodifiableNavigableMap(new TreeMap<>()))
                + " " + simple(um.entrySet()) + " " + simple(um.entrySet().iterator().next()) + " " + simple(Collections.unmodifiableSequencedSet(new LinkedHashSet<>()))
                + " " + simple(Collections.unmodifiableSequencedMap(new LinkedHashMap<>())) + " " + simple(Collections.unmodifiableSequencedCollection(new ArrayDeque<>()))
                + " " + simple(Collections.synchronizedMap(new HashMap<>())) + " " + simple(Collections.synchronizedSet(new HashSet<>()))
                + " " + simple(Collections.synchronizedCollection(new ArrayList<>())) + " " + simple(Collections.emptyIterator()) + " " + simple(Collections.emptyListIterator()));

        NavigableSet<Integer> ns = Collections.unmodifiableNavigableSet(new TreeSet<>(List.of(5, 1, 9, 3)));
        t("nsPollFirst", () -> ns.pollFirst());
        t("nsDescAdd", () -> ns.descendingSet().add(2));
        System.out.println(ns + " " + ns.first() + " " + ns.last() + " " + ns.lower(5) + " " + ns.ceiling(6) + " " + ns.headSet(5) + " " + ns.tailSet(3, false)
                + " " + ns.subSet(1, true, 9, false) + " " + ns.descendingSet() + " " + ns.reversed() + " " + ns.comparator());
        NavigableMap<Integer, String> nm = Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, "a", 5, "e", 9, "i")));
        t("nmPollFirst", () -> nm.pollFirstEntry());
        t("nmFloorSetValue", () -> nm.floorEntry(6).setValue("z"));
        t("nmHeadPut", () -> nm.headMap(5).put(2, "b"));
        System.out.println(nm + " " + nm.firstEntry() + " " + nm.floorEntry(6) + " " + nm.higherKey(5) + " " + nm.lowerEntry(1) + " " + nm.descendingMap()
                + " " + nm.navigableKeySet() + " " + nm.descendingKeySet() + " " + nm.subMap(1, false, 9, true) + " " + nm.tailMap(5) + " " + nm.firstKey());
        SequencedSet<String> sset = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(List.of("x", "y", "z")));
        t("ssAddFirst", () -> sset.addFirst("w"));
        System.out.println(sset + " " + sset.reversed() + " " + sset.getFirst() + " " + sset.getLast());
        SequencedMap<String, Integer> smap = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(Map.of("p", 1)));
        t("smPutFirst", () -> smap.putFirst("q", 2));
        t("smPollLast", () -> smap.pollLastEntry());
        System.out.println(smap + " " + smap.reversed() + " " + smap.firstEntry());

        List<Integer> sync = Collections.synchronizedList(new ArrayList<>(List.of(2, 1)));
        sync.add(3);
        sync.sort(null);
        Map<String, Integer> syncMap = Collections.synchronizedMap(new TreeMap<>());
        syncMap.put("b", 2);
        syncMap.merge("a", 1, Integer::sum);
        Set<Integer> syncSet = Collections.synchronizedSet(new TreeSet<>(List.of(4, 2)));
        System.out.println(sync + " " + sync.equals(List.of(1, 2, 3)) + " " + sync.hashCode() + " " + sync.subList(1, 3) + " " + syncMap + " " + syncMap.keySet()
                + " " + syncMap.entrySet() + " " + syncMap.values() + " " + syncMap.hashCode() + " " + syncSet + " " + syncSet.equals(Set.of(2, 4))
                + " " + Collections.synchronizedCollection(new ArrayDeque<>(List.of(1, 2))) + " " + (syncMap.keySet() == syncMap.keySet()));

        t("setFromMapNonEmpty", () -> Collections.newSetFromMap(new HashMap<>(Map.of(1, true))));
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<>());
        System.out.println(fromMap.add("a") + " " + fromMap.add("b") + " " + fromMap.add("a") + " " + fromMap + " " + fromMap.remove("a") + " " + fromMap.contains("b")
                + " " + fromMap.hashCode() + " " + fromMap.equals(Set.of("b")));
        SequencedSet<String> seqFromMap = Collections.newSequencedSetFromMap(new LinkedHashMap<>());
        seqFromMap.add("m");
        seqFromMap.addFirst("f");
        seqFromMap.addLast("l");
        System.out.println(seqFromMap + " " + seqFromMap.reversed() + " " + seqFromMap.getFirst() + " " + seqFromMap.removeLast() + " " + seqFromMap);
        t("seqFromMapEmptyFirst", () -> Collections.newSequencedSetFromMap(new LinkedHashMap<String, Boolean>()).getFirst());
        Queue<Integer> lifo = Collections.asLifoQueue(new ArrayDeque<>());
        lifo.add(1);
        lifo.offer(2);
        lifo.add(3);
        System.out.println(lifo + " " + lifo.peek() + " " + lifo.poll() + " " + lifo.remove() + " " + lifo.element() + " " + lifo.size() + " " + lifo);
        t("lifoEmptyRemove", () -> Collections.asLifoQueue(new ArrayDeque<>()).remove());

        Comparator<Integer> rc = Collections.reverseOrder(Integer::compare);
        List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));
        nums.sort(rc);
        System.out.print(nums + " ");
        nums.sort(Collections.reverseOrder());
        System.out.print(nums + " ");
        nums.sort(Collections.reverseOrder(Collections.reverseOrder()));
        System.out.println(nums + " " + (Collections.reverseOrder(Collections.reverseOrder()) == (Object) Comparator.naturalOrder())
                + " " + (Collections.reverseOrder().reversed() == (Object) Comparator.naturalOrder()) + " " + (Collections.reverseOrder((Comparator<Integer>) null) == (Object) Collections.reverseOrder())
                + " " + rc.equals(Collections.reverseOrder(rc.reversed())) + " " + (rc.reversed().reversed() == rc));
    }
}

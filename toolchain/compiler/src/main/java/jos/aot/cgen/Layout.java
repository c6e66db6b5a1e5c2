package jos.aot.cgen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.MethodInfo;

/**
 * Dispatch tables. A class's vtable extends its superclass's: a selector keeps its slot in every
 * subclass. Only selectors that some virtual or interface call uses get a slot. An interface's method
 * table lists its own declared selectors, in declaration order.
 *
 * <p>Every interface also gets a fixed index in the itables of all classes (selector colouring over the
 * whole program): two interfaces that some class (or array class) implements together get different
 * indices, so a class's entry for an interface is at that interface's index or nowhere. Interface
 * calls and interface tests then read one entry instead of searching; the tables are immutable, so
 * this is safe on every CPU at once.
 */
public final class Layout {
    private final Program program;
    private final Map<ClassInfo, List<String>> vtables = new HashMap<>();
    private final Map<ClassInfo, List<String>> itables = new HashMap<>();
    private Map<ClassInfo, Integer> itableIndex;

    public Layout(Program program) {
        this.program = program;
    }

    public List<String> vtable(ClassInfo c) {
        List<String> v = vtables.get(c);
        if (v != null) return v;
        v = new ArrayList<>();
        if (!c.isInterface && c.superclass != null) v.addAll(vtable(c.superclass));
        if (c.isInterface) {
            vtables.put(c, v);
            return v;
        }
        Set<String> present = new LinkedHashSet<>(v);
        for (MethodInfo m : c.methods.values()) {
            if (m.isVirtual() && program.virtualSelectors.contains(m.selector()) && present.add(m.selector())) {
                v.add(m.selector());
            }
        }
        for (ClassInfo i : Program.allInterfaces(c)) {
            for (MethodInfo m : i.methods.values()) {
                if (m.isVirtual() && program.virtualSelectors.contains(m.selector()) && present.add(m.selector())) {
                    v.add(m.selector());
                }
            }
        }
        vtables.put(c, v);
        return v;
    }

    public int vtableSlot(ClassInfo c, String selector) {
        int slot = vtable(c).indexOf(selector);
        if (slot < 0) throw new IllegalStateException("no vtable slot for " + selector + " in " + c);
        return slot;
    }

    public List<String> interfaceMethods(ClassInfo iface) {
        return itables.computeIfAbsent(iface, i -> {
            List<String> out = new ArrayList<>();
            for (MethodInfo m : i.methods.values()) {
                if (m.isVirtual() && program.virtualSelectors.contains(m.selector())) out.add(m.selector());
            }
            return out;
        });
    }

    public int interfaceSlot(ClassInfo iface, String selector) {
        int slot = interfaceMethods(iface).indexOf(selector);
        if (slot < 0) throw new IllegalStateException("no itable slot for " + selector + " in " + iface);
        return slot;
    }

    /** The index of iface's entry in the itable of every class that implements it. */
    public int itableIndex(ClassInfo iface) {
        if (!iface.isInterface) throw new IllegalArgumentException("itable index of a class: " + iface);
        if (itableIndex == null) itableIndex = colourInterfaces();
        return itableIndex.getOrDefault(iface, 0);
    }

    /**
     * Entries in every class's itable (at least 1): one past the highest interface index, so that an
     * interface test reads entry k of any object's class without comparing k with the itable's length.
     */
    public int itableWidth() {
        if (itableIndex == null) itableIndex = colourInterfaces();
        int w = 1;
        for (int k : itableIndex.values()) w = Math.max(w, k + 1);
        return w;
    }

    /** The interfaces of a class descriptor, each at its itable index (null in the gaps and up to itableWidth). */
    public List<ClassInfo> itableOf(Set<ClassInfo> interfaces) {
        List<ClassInfo> out = new ArrayList<>();
        for (ClassInfo i : interfaces) {
            int k = itableIndex(i);
            while (out.size() <= k) out.add(null);
            if (out.get(k) != null) throw new IllegalStateException("itable index " + k + " of both " + out.get(k) + " and " + i);
            out.set(k, i);
        }
        if (!out.isEmpty()) while (out.size() < itableWidth()) out.add(null);
        return out;
    }

    /** The interfaces array classes implement, those of them the program has. */
    public List<ClassInfo> arrayInterfaces() {
        List<ClassInfo> out = new ArrayList<>();
        for (String n : List.of("java/lang/Cloneable", "java/io/Serializable")) {
            if (program.classes().containsKey(n)) out.add(program.classes().get(n));
        }
        return out;
    }

    /**
     * Greedy colouring of the graph whose edges join interfaces implemented by one class, most-connected
     * interfaces first (fewer colours, so shorter itables); ties by name, so the output is reproducible.
     */
    private Map<ClassInfo, Integer> colourInterfaces() {
        Map<ClassInfo, Set<ClassInfo>> together = new HashMap<>();
        List<Set<ClassInfo>> sets = new ArrayList<>();
        for (ClassInfo c : program.classes().values()) if (!c.isInterface) sets.add(Program.allInterfaces(c));
        sets.add(new LinkedHashSet<>(arrayInterfaces()));
        for (Set<ClassInfo> s : sets) {
            for (ClassInfo i : s) {
                Set<ClassInfo> n = together.computeIfAbsent(i, k -> new HashSet<>());
                for (ClassInfo j : s) if (j != i) n.add(j);
            }
        }
        List<ClassInfo> order = new ArrayList<>(together.keySet());
        order.sort(Comparator.comparingInt((ClassInfo i) -> -together.get(i).size()).thenComparing(i -> i.name));
        Map<ClassInfo, Integer> colour = new HashMap<>();
        for (ClassInfo i : order) {
            Set<Integer> taken = new HashSet<>();
            for (ClassInfo j : together.get(i)) if (colour.containsKey(j)) taken.add(colour.get(j));
            int c = 0;
            while (taken.contains(c)) c++;
            colour.put(i, c);
        }
        return colour;
    }
}

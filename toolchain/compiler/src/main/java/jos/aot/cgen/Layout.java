package jos.aot.cgen;

import java.util.ArrayList;
import java.util.HashMap;
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
 */
public final class Layout {
    private final Program program;
    private final Map<ClassInfo, List<String>> vtables = new HashMap<>();
    private final Map<ClassInfo, List<String>> itables = new HashMap<>();

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
}

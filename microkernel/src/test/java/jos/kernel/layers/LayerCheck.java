package jos.kernel.layers;

import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks compiled classes against a layer table: every package gets a rank (its layer, then its place
 * in the layer), and a class may refer only to classes of its own package or of a lower rank. The
 * references are read from the constant pool, so a fully qualified name counts as much as an import;
 * a type that appears only in a descriptor or a generic signature counts too.
 */
final class LayerCheck {
    /** A class type inside a descriptor or signature: Lpkg/Name; (generic arguments end at '<'). */
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+)[;<]");

    private final String prefix;
    private final Map<String, String> layerOf = new HashMap<>();
    private final Map<String, Integer> layerIndex = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();

    /** Checks the packages under prefix (e.g. "jos.kernel") against layers, bottom layer first. */
    LayerCheck(String prefix, Map<String, List<String>> layers) {
        this.prefix = prefix;
        int layer = 0;
        for (var e : layers.entrySet()) {
            int place = 0;
            for (String pkg : e.getValue()) {
                if (layerOf.put(pkg, e.getKey()) != null) {
                    throw new IllegalArgumentException("package " + pkg + " is listed twice in the layer table");
                }
                layerIndex.put(pkg, layer);
                position.put(pkg, place++);
            }
            layer++;
        }
    }

    /** Every problem of these classes, one line each; empty when they keep to the layers. */
    List<String> problems(List<ClassModel> classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ClassModel model : classes) uses.put(model.thisClass().asInternalName().replace('/', '.'), references(model));
        return problems(uses);
    }

    /** Every problem of these uses (a class, dotted, to the classes it refers to), one line each. */
    List<String> problems(Map<String, Set<String>> uses) {
        Set<String> problems = new TreeSet<>();
        for (var e : uses.entrySet()) {
            String self = e.getKey();
            String from = packageOf(self);
            if (!layerOf.containsKey(from)) {
                problems.add(self + ": package " + from + " is in no layer of the table");
                continue;
            }
            for (String target : e.getValue()) {
                String to = packageOf(target);
                if (to.equals(from) || !to.startsWith(prefix)) continue;
                if (!layerOf.containsKey(to)) {
                    problems.add(self + " uses " + target + ": package " + to + " is in no layer of the table");
                } else if (!allowed(from, to)) {
                    problems.add(self + " (" + describe(from) + ") uses " + target + " (" + describe(to) + ")");
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Whether a class of package from may use one of package to (both in the table). */
    private boolean allowed(String from, String to) {
        int byLayer = Integer.compare(layerIndex.get(to), layerIndex.get(from));
        if (byLayer != 0) return byLayer < 0;
        return position.get(to) < position.get(from);
    }

    private String describe(String pkg) {
        return pkg + ", layer " + layerOf.get(pkg) + " #" + (position.get(pkg) + 1);
    }

    /** The classes a class model refers to, dotted names, array element types unwrapped. */
    static Set<String> references(ClassModel model) {
        Set<String> names = new TreeSet<>();
        for (PoolEntry entry : model.constantPool()) {
            if (entry instanceof ClassEntry c) {
                String internal = c.asInternalName();
                if (internal.startsWith("[")) {
                    addDescriptorTypes(internal, names);
                } else {
                    names.add(internal.replace('/', '.'));
                }
            } else if (entry instanceof Utf8Entry u) {
                String text = u.stringValue();
                if (text.indexOf(';') >= 0) addDescriptorTypes(text, names);
            }
        }
        return names;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> names) {
        Matcher m = DESCRIPTOR_TYPE.matcher(descriptor);
        while (m.find()) names.add(m.group(1).replace('/', '.'));
    }

    /** The package of a dotted class name; a nested class is in its outer class's package. */
    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}

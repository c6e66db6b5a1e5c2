package jos.aot.cgen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * C identifiers for Java entities. They are readable in a debugger backtrace
 * (corpus_Foo__main__AString_V), stable for the same program, and unique: a clash gets a suffix.
 */
public final class Names {
    private final Map<Object, String> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    public static String mangle(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.append(c);
            else if (c == '/' || c == '.' || c == '$') sb.append('_');
            else if (c == '_') sb.append("_1");
            else if (c == '<' || c == '>') { /* <init>, <clinit> */ }
            else sb.append("_").append(Integer.toHexString(c)).append('_');
        }
        return sb.toString();
    }

    private String unique(Object key, String wanted) {
        String n = assigned.get(key);
        if (n != null) return n;
        n = wanted;
        for (int i = 2; !used.add(n); i++) n = wanted + "_" + i;
        assigned.put(key, n);
        return n;
    }

    /** The class's struct type name (without "struct"). */
    public String struct(ClassInfo c) {
        return unique("struct:" + c.name, "C_" + mangle(c.name));
    }

    /** The class's descriptor object (a java.lang.Class). */
    public String classObject(ClassInfo c) {
        return unique("class:" + c.name, "jclass_" + mangle(c.name));
    }

    public String arrayClassObject(String descriptor) {
        return unique("array:" + descriptor, "jclass_arr_" + mangleDescriptor(descriptor.substring(1)));
    }

    public String primitiveClassObject(char kind) {
        return "jclass_prim_" + kind;
    }

    public String initState(ClassInfo c) {
        return unique("init:" + c.name, "jinit_" + mangle(c.name));
    }

    public String initFunction(ClassInfo c) {
        return unique("clinit:" + c.name, "jclinit_" + mangle(c.name));
    }

    public String staticField(FieldInfo f) {
        return unique("static:" + f.owner.name + "." + f.name + ":" + f.descriptor,
                "S_" + mangle(f.owner.name) + "__" + mangle(f.name));
    }

    public String instanceField(FieldInfo f) {
        return "f_" + mangle(f.name);
    }

    public String method(MethodInfo m) {
        String base = mangle(m.owner.name) + "__" + (m.isConstructor() ? "init" : m.isClassInit() ? "clinit" : mangle(m.name));
        return unique(m, base + "__" + mangleMethodDescriptor(m.descriptor));
    }

    public String meta(MethodInfo m) {
        return "MI_" + method(m);
    }

    public static String nativeFunction(MethodInfo m) {
        return "jnative_" + mangle(m.owner.name).replace("_1", "_") + "__" + mangle(m.name);
    }

    static String mangleMethodDescriptor(String desc) {
        int close = desc.indexOf(')');
        StringBuilder sb = new StringBuilder();
        String params = desc.substring(1, close);
        for (int i = 0; i < params.length(); ) {
            int end = typeEnd(params, i);
            sb.append(mangleDescriptor(params.substring(i, end)));
            i = end;
        }
        sb.append('_').append(mangleDescriptor(desc.substring(close + 1)));
        return sb.toString();
    }

    /** A short form of a field descriptor: primitives keep their letter, classes their simple name, A per array level. */
    static String mangleDescriptor(String d) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (d.charAt(i) == '[') {
            sb.append('A');
            i++;
        }
        if (d.charAt(i) == 'L') {
            String cls = d.substring(i + 1, d.length() - 1);
            sb.append(mangle(cls.substring(cls.lastIndexOf('/') + 1)));
        } else {
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    public static int typeEnd(String s, int i) {
        while (s.charAt(i) == '[') i++;
        if (s.charAt(i) == 'L') return s.indexOf(';', i) + 1;
        return i + 1;
    }
}

package jos.aot.indy;

import java.lang.constant.ClassDesc;
import java.util.Map;

/** The primitive types and their wrapper classes. */
final class Boxes {
    private static final Map<String, String> BOX = Map.of(
            "Z", "java.lang.Boolean", "B", "java.lang.Byte", "S", "java.lang.Short", "C", "java.lang.Character",
            "I", "java.lang.Integer", "J", "java.lang.Long", "F", "java.lang.Float", "D", "java.lang.Double");

    private Boxes() {}

    static ClassDesc boxOf(ClassDesc primitive) {
        String b = BOX.get(primitive.descriptorString());
        if (b == null) throw new IllegalArgumentException("not a primitive: " + primitive);
        return ClassDesc.of(b);
    }

    static boolean isBox(ClassDesc c) {
        return BOX.containsValue(c.isClassOrInterface() ? c.packageName() + "." + c.displayName() : "");
    }

    static ClassDesc primitiveOf(ClassDesc box) {
        String name = box.packageName() + "." + box.displayName();
        for (var e : BOX.entrySet()) {
            if (e.getValue().equals(name)) return ClassDesc.ofDescriptor(e.getKey());
        }
        throw new IllegalArgumentException("not a wrapper class: " + box);
    }

    /** Number, Comparable, Serializable and Object accept any box without a cast. */
    static boolean isSuperOfBox(ClassDesc c) {
        String n = c.descriptorString();
        return n.equals("Ljava/lang/Number;") || n.equals("Ljava/lang/Comparable;") || n.equals("Ljava/io/Serializable;");
    }
}

package jos.aot.model;

import java.lang.classfile.FieldModel;
import java.lang.classfile.attribute.ConstantValueAttribute;
import java.lang.constant.ConstantDesc;
import java.lang.reflect.AccessFlag;

/** A field of a loaded class. */
public final class FieldInfo {
    public final ClassInfo owner;
    public final String name;
    public final String descriptor;
    public final boolean isStatic;
    public final boolean isVolatile;
    /** The ConstantValue of a static field, or null. */
    public final ConstantDesc constantValue;
    /** Annotations by type descriptor, with their element values. */
    public final java.util.Map<String, java.util.Map<String, Object>> annotations;

    FieldInfo(ClassInfo owner, FieldModel f) {
        this.owner = owner;
        this.name = f.fieldName().stringValue();
        this.descriptor = f.fieldType().stringValue();
        this.isStatic = f.flags().has(AccessFlag.STATIC);
        this.isVolatile = f.flags().has(AccessFlag.VOLATILE);
        this.constantValue = isStatic
                ? f.findAttribute(java.lang.classfile.Attributes.constantValue())
                        .map(ConstantValueAttribute::constant).map(c -> c.constantValue()).orElse(null)
                : null;
        this.annotations = Annotations.of(f);
    }

    public boolean isReference() {
        char c = descriptor.charAt(0);
        return c == 'L' || c == '[';
    }

    @Override
    public String toString() {
        return owner.name + "." + name + ":" + descriptor;
    }
}

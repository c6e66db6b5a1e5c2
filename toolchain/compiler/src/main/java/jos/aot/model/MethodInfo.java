package jos.aot.model;

import java.lang.classfile.Attributes;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.reflect.AccessFlag;

import jos.aot.CompileError;

/** A method of a loaded class, with its code if it has any. */
public final class MethodInfo {
    public final ClassInfo owner;
    public final String name;
    public final String descriptor;
    public final MethodModel model;
    public final boolean isStatic;
    public final boolean isAbstract;
    public final boolean isNative;
    public final boolean isPrivate;
    public final boolean isFinal;
    public final boolean isSynchronized;
    /** Annotations by type descriptor, with their element values. */
    public final java.util.Map<String, java.util.Map<String, Object>> annotations;

    MethodInfo(ClassInfo owner, MethodModel m) {
        this.owner = owner;
        this.model = m;
        this.name = m.methodName().stringValue();
        this.descriptor = m.methodType().stringValue();
        var flags = m.flags();
        isStatic = flags.has(AccessFlag.STATIC);
        isAbstract = flags.has(AccessFlag.ABSTRACT);
        isNative = flags.has(AccessFlag.NATIVE);
        isPrivate = flags.has(AccessFlag.PRIVATE);
        isFinal = flags.has(AccessFlag.FINAL);
        isSynchronized = flags.has(AccessFlag.SYNCHRONIZED);
        annotations = Annotations.of(m);
    }

    public CodeModel code() {
        return model.code().orElse(null);
    }

    public CodeAttribute codeAttribute() {
        return model.findAttribute(Attributes.code()).orElse(null);
    }

    public String selector() {
        return name + descriptor;
    }

    public boolean isConstructor() {
        return name.equals("<init>");
    }

    public boolean isClassInit() {
        return name.equals("<clinit>");
    }

    /** Dispatched through a vtable or itable when called virtually. */
    public boolean isVirtual() {
        return !isStatic && !isPrivate && !isConstructor();
    }

    public CompileError error(int bci, int line, String message) {
        return CompileError.at(owner.name, name, descriptor, owner.sourceFile, bci, line, message);
    }

    @Override
    public String toString() {
        return owner.name + "." + name + descriptor;
    }
}

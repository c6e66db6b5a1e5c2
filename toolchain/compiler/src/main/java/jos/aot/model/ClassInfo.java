package jos.aot.model;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.InnerClassInfo;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A loaded class or interface, linked to its superclass and interfaces by the Program. */
public final class ClassInfo {
    public final String name;               // internal name, java/lang/String
    public final String superName;          // null for java/lang/Object and for interfaces' own view
    public final List<String> interfaceNames;
    public final boolean isInterface;
    public final boolean isAbstract;
    public final boolean isEnum;
    public final boolean isRecord;
    public final boolean isFinal;
    public final boolean synthetic;         // made by the compiler (lambda and indy helpers)
    public final String sourceFile;
    public final String simpleName;
    /** The class around a nested, local or anonymous class, or null for a top-level class. */
    public final String enclosingName;
    public final boolean isMember;
    public final boolean isLocal;
    public final boolean isAnonymous;
    public final ClassModel model;
    public final List<FieldInfo> fields = new ArrayList<>();
    public final Map<String, MethodInfo> methods = new LinkedHashMap<>();  // by selector

    public ClassInfo superclass;
    public final List<ClassInfo> interfaces = new ArrayList<>();

    public ClassInfo(ClassModel model, boolean synthetic) {
        this.model = model;
        this.synthetic = synthetic;
        this.name = model.thisClass().asInternalName();
        this.superName = model.superclass().map(c -> c.asInternalName()).orElse(null);
        this.interfaceNames = model.interfaces().stream().map(c -> c.asInternalName()).toList();
        var flags = model.flags();
        isInterface = flags.has(AccessFlag.INTERFACE);
        isAbstract = flags.has(AccessFlag.ABSTRACT);
        isEnum = flags.has(AccessFlag.ENUM);
        isFinal = flags.has(AccessFlag.FINAL);
        isRecord = model.findAttribute(Attributes.record()).isPresent();
        sourceFile = model.findAttribute(Attributes.sourceFile()).map(a -> a.sourceFile().stringValue()).orElse(null);
        simpleName = computeSimpleName(model, name);
        String outer = null;
        boolean member = false, local = false, anonymous = false;
        var inner = model.findAttribute(Attributes.innerClasses());
        if (inner.isPresent()) {
            for (InnerClassInfo ic : inner.get().classes()) {
                if (!ic.innerClass().asInternalName().equals(name)) continue;
                if (ic.outerClass().isPresent()) {
                    outer = ic.outerClass().get().asInternalName();
                    member = true;
                } else {
                    anonymous = ic.innerName().isEmpty();
                    local = !anonymous;
                }
            }
        }
        if (outer == null) {
            var em = model.findAttribute(Attributes.enclosingMethod());
            if (em.isPresent()) outer = em.get().enclosingClass().asInternalName();
        }
        enclosingName = outer;
        isMember = member;
        isLocal = local && outer != null;
        isAnonymous = anonymous && outer != null;
        for (FieldModel f : model.fields()) fields.add(new FieldInfo(this, f));
        for (MethodModel m : model.methods()) {
            MethodInfo mi = new MethodInfo(this, m);
            methods.put(mi.selector(), mi);
        }
    }

    /** As Class.getSimpleName: from the InnerClasses attribute; "" for anonymous classes. */
    private static String computeSimpleName(ClassModel model, String name) {
        var inner = model.findAttribute(Attributes.innerClasses());
        if (inner.isPresent()) {
            for (InnerClassInfo ic : inner.get().classes()) {
                if (ic.innerClass().asInternalName().equals(name)) {
                    return ic.innerName().map(n -> n.stringValue()).orElse("");
                }
            }
        }
        int slash = name.lastIndexOf('/');
        return name.substring(slash + 1);
    }

    public MethodInfo method(String selector) {
        return methods.get(selector);
    }

    public FieldInfo field(String name, String descriptor) {
        for (FieldInfo f : fields) {
            if (f.name.equals(name) && f.descriptor.equals(descriptor)) return f;
        }
        return null;
    }

    public String binaryName() {
        return name.replace('/', '.');
    }

    public boolean isSubclassOf(ClassInfo other) {
        for (ClassInfo c = this; c != null; c = c.superclass) {
            if (c == other) return true;
        }
        return false;
    }

    /** This class or interface is other, extends it, or implements it (transitively). */
    public boolean isAssignableTo(ClassInfo other) {
        if (isSubclassOf(other)) return true;
        if (!other.isInterface) return false;
        for (ClassInfo c = this; c != null; c = c.superclass) {
            for (ClassInfo i : c.interfaces) {
                if (i.isAssignableTo(other)) return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}

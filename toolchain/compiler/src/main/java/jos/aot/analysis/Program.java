package jos.aot.analysis;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.classfile.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jos.aot.ClassPath;
import jos.aot.CompileError;
import jos.aot.indy.IndyLowering;
import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * The whole program: every class reached from the entry points, linked, with the methods that can run
 * (rapid type analysis: a virtual call reaches an implementation only in a class that is instantiated).
 */
public final class Program {
    private final ClassPath classPath;
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private final Map<String, ClassModel> synthetic = new HashMap<>();
    private final IndyLowering indy = new IndyLowering(this::defineSynthetic);

    public final Set<MethodInfo> reachable = new LinkedHashSet<>();
    public final Set<ClassInfo> instantiated = new LinkedHashSet<>();
    public final Set<ClassInfo> initialized = new LinkedHashSet<>();
    public final Set<String> virtualSelectors = new LinkedHashSet<>();
    /** Array classes by descriptor ("[I", "[Ljava/lang/String;"), plus their component chains. */
    public final Set<String> arrayTypes = new LinkedHashSet<>();
    private final Map<MethodInfo, Code> codes = new HashMap<>();
    private final ArrayDeque<MethodInfo> work = new ArrayDeque<>();

    public Program(ClassPath classPath) {
        this.classPath = classPath;
    }

    private void defineSynthetic(ClassModel model) {
        synthetic.put(model.thisClass().asInternalName(), model);
    }

    // ---------------------------------------------------------------- loading

    public ClassInfo lookup(String internalName) {
        ClassInfo c = classes.get(internalName);
        if (c != null) return c;
        ClassModel model = synthetic.get(internalName);
        boolean isSynthetic = model != null;
        if (model == null) {
            byte[] bytes = classPath.find(internalName);
            if (bytes == null) return null;
            model = ClassFile.of().parse(bytes);
            if (!model.thisClass().asInternalName().equals(internalName)) {
                throw new CompileError("class file for " + internalName + " declares " + model.thisClass().asInternalName());
            }
            model = indy.lower(model);
        }
        c = new ClassInfo(model, isSynthetic);
        classes.put(internalName, c);
        if (c.superName != null) {
            c.superclass = require(c.superName, "superclass of " + c.name);
        }
        for (String i : c.interfaceNames) c.interfaces.add(require(i, "interface of " + c.name));
        return c;
    }

    private ClassInfo require(String internalName, String why) {
        ClassInfo c = lookup(internalName);
        if (c == null) throw new CompileError(missingClassMessage(internalName) + " (" + why + ")");
        return c;
    }

    public static String missingClassMessage(String internalName) {
        String dotted = internalName.replace('/', '.');
        return ClassPath.isRuntimeOwned(internalName)
                ? "class " + dotted + " is not provided by the jos runtime library"
                : "class " + dotted + " is not on the classpath";
    }

    public ClassInfo classAt(Code code, int index, String internalName) {
        ClassInfo c = lookup(internalName);
        if (c == null) throw code.error(index, missingClassMessage(internalName));
        return c;
    }

    public Map<String, ClassInfo> classes() {
        return classes;
    }

    public ClassInfo get(String internalName) {
        ClassInfo c = lookup(internalName);
        if (c == null) throw new CompileError(missingClassMessage(internalName));
        return c;
    }

    public Code code(MethodInfo m) {
        return codes.computeIfAbsent(m, Code::new);
    }

    // ---------------------------------------------------------------- resolution (JVMS 5.4.3)

    public FieldInfo resolveField(ClassInfo c, String name, String desc) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            FieldInfo f = k.field(name, desc);
            if (f != null) return f;
            FieldInfo fi = fieldInInterfaces(k, name, desc);
            if (fi != null) return fi;
        }
        return null;
    }

    private FieldInfo fieldInInterfaces(ClassInfo c, String name, String desc) {
        for (ClassInfo i : c.interfaces) {
            FieldInfo f = i.field(name, desc);
            if (f != null) return f;
            f = fieldInInterfaces(i, name, desc);
            if (f != null) return f;
        }
        return null;
    }

    /** Method resolution for a class or interface method reference. */
    public MethodInfo resolveMethod(ClassInfo c, String selector) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            MethodInfo m = k.method(selector);
            if (m != null && !(k.isInterface && k != c && m.isStatic)) return m;
        }
        MethodInfo found = maximallySpecific(c, selector, false);
        if (found != null) return found;
        return maximallySpecific(c, selector, true);
    }

    /** Selection for a virtual or interface call on an object of class c (JVMS 5.4.6); null when none. */
    public MethodInfo resolveVirtual(ClassInfo c, String selector) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            MethodInfo m = k.method(selector);
            if (m != null && !m.isStatic && !m.isPrivate && !k.isInterface) return m;
        }
        return maximallySpecific(c, selector, false);
    }

    /** The maximally specific superinterface method; when includeAbstract is false, only defaults count. */
    private MethodInfo maximallySpecific(ClassInfo c, String selector, boolean includeAbstract) {
        List<MethodInfo> candidates = new ArrayList<>();
        Set<ClassInfo> seen = new LinkedHashSet<>();
        for (ClassInfo k = c; k != null; k = k.superclass) collectInterfaces(k, seen);
        for (ClassInfo i : seen) {
            MethodInfo m = i.method(selector);
            if (m != null && !m.isStatic && !m.isPrivate && (includeAbstract || !m.isAbstract)) candidates.add(m);
        }
        List<MethodInfo> specific = new ArrayList<>();
        for (MethodInfo m : candidates) {
            boolean overridden = false;
            for (MethodInfo o : candidates) {
                if (o != m && o.owner != m.owner && o.owner.isAssignableTo(m.owner)) overridden = true;
            }
            if (!overridden) specific.add(m);
        }
        if (specific.isEmpty()) return null;
        if (!includeAbstract && specific.size() > 1) return null;   // ambiguous: IncompatibleClassChangeError at run time
        return specific.get(0);
    }

    private static void collectInterfaces(ClassInfo c, Set<ClassInfo> out) {
        for (ClassInfo i : c.interfaces) {
            if (out.add(i)) collectInterfaces(i, out);
        }
    }

    public static Set<ClassInfo> allInterfaces(ClassInfo c) {
        Set<ClassInfo> out = new LinkedHashSet<>();
        for (ClassInfo k = c; k != null; k = k.superclass) collectInterfaces(k, out);
        if (c.isInterface) collectInterfaces(c, out);
        return out;
    }

    /** Implementations a virtual/interface call with this static type can reach, given the instantiated classes. */
    public Set<MethodInfo> virtualTargets(ClassInfo staticType, String selector) {
        Set<MethodInfo> out = new LinkedHashSet<>();
        for (ClassInfo c : instantiated) {
            if (c.isAssignableTo(staticType)) {
                MethodInfo m = resolveVirtual(c, selector);
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- reachability

    public void addRoot(MethodInfo m) {
        markReachable(m);
    }

    public void run() {
        for (boolean more = true; more; ) {
            while (!work.isEmpty()) scan(work.poll());
            more = false;
            // Enums.values(Class) may be asked for any enum: each one's constants must be created.
            if (reachesEnumValues()) {
                for (ClassInfo c : new ArrayList<>(classes.values())) {
                    if (c.isEnum && !initialized.contains(c)) {
                        markInitialized(c);
                        more = true;
                    }
                }
            }
        }
        // Class.getEnclosingClass answers from the descriptors: every loaded class's outer class is loaded too.
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ClassInfo c : new ArrayList<>(classes.values())) {
                if (c.enclosingName != null && !classes.containsKey(c.enclosingName) && lookup(c.enclosingName) != null) grew = true;
            }
        }
    }

    private boolean reachesEnumValues() {
        ClassInfo enums = classes.get("jos/rt/Enums");
        if (enums == null) return false;
        for (MethodInfo m : enums.methods.values()) if (m.name.equals("values") && reachable.contains(m)) return true;
        return false;
    }

    public void markReachable(MethodInfo m) {
        if (m.isAbstract) return;
        if (reachable.add(m)) {
            markInitialized(m.owner);
            if (m.code() != null) work.add(m);
        }
    }

    public void markInitialized(ClassInfo c) {
        if (!initialized.add(c)) return;
        if (c.superclass != null) markInitialized(c.superclass);
        for (ClassInfo i : c.interfaces) markInitialized(i);
        MethodInfo clinit = c.method("<clinit>()V");
        if (clinit != null) markReachable(clinit);
    }

    public void markInstantiated(ClassInfo c) {
        if (!instantiated.add(c)) return;
        markInitialized(c);
        for (String sel : virtualSelectors) {
            MethodInfo m = resolveVirtual(c, sel);
            if (m != null) markReachable(m);
        }
    }

    public void markVirtualCall(String selector) {
        if (!virtualSelectors.add(selector)) return;
        for (ClassInfo c : new ArrayList<>(instantiated)) {
            MethodInfo m = resolveVirtual(c, selector);
            if (m != null) markReachable(m);
        }
    }

    public void markArrayType(String descriptor) {
        while (descriptor.startsWith("[") && arrayTypes.add(descriptor)) {
            descriptor = descriptor.substring(1);
        }
        if (descriptor.startsWith("L")) get(descriptor.substring(1, descriptor.length() - 1));
    }

    private void scan(MethodInfo m) {
        Code code = code(m);
        for (int i = 0; i < code.size(); i++) {
            Instruction insn = code.insns.get(i);
            switch (insn) {
                case InvokeInstruction inv -> scanInvoke(code, i, inv);
                case FieldInstruction f -> {
                    ClassInfo owner = classAt(code, i, f.owner().asInternalName());
                    FieldInfo fi = resolveField(owner, f.name().stringValue(), f.type().stringValue());
                    if (fi == null) {
                        throw code.error(i, "field " + owner.binaryName() + "." + f.name().stringValue() + ":"
                                + f.type().stringValue() + " does not exist"
                                + (ClassPath.isRuntimeOwned(owner.name) ? " in the jos runtime library" : ""));
                    }
                    if (fi.isStatic) markInitialized(fi.owner);
                    if (fi.descriptor.startsWith("[")) markArrayType(fi.descriptor);
                }
                case NewObjectInstruction n -> markInstantiated(classAt(code, i, n.className().asInternalName()));
                case NewReferenceArrayInstruction n -> {
                    classAt(code, i, baseClass(n.componentType()));
                    markArrayType("[" + descriptorOf(n.componentType()));
                }
                case NewPrimitiveArrayInstruction n -> markArrayType("[" + n.typeKind().upperBound().descriptorString());
                case NewMultiArrayInstruction n -> {
                    classAt(code, i, baseClass(n.arrayType()));
                    markArrayType(descriptorOf(n.arrayType()));
                }
                case TypeCheckInstruction t -> typeRef(code, i, t.type());
                case ConstantInstruction.LoadConstantInstruction ldc -> scanConstant(code, i, ldc.constantValue());
                case InvokeDynamicInstruction d -> throw code.error(i, "invokedynamic survived lowering");
                default -> {
                    if (insn.opcode() == Opcode.JSR || insn.opcode() == Opcode.JSR_W || insn.opcode() == Opcode.RET) {
                        throw code.error(i, "jsr/ret subroutines (class files before version 51) are not supported");
                    }
                }
            }
        }
        for (ExceptionCatch ec : code.handlers) {
            ec.catchType().ifPresent(t -> classAt(code, 0, t.asInternalName()));
        }
    }

    private void typeRef(Code code, int i, ClassEntry type) {
        String n = type.asInternalName();
        if (n.startsWith("[")) {
            classAt(code, i, baseClass(type));
            markArrayType(n);
        } else {
            classAt(code, i, n);
        }
    }

    private void scanConstant(Code code, int i, ConstantDesc c) {
        if (c instanceof ClassDesc cd) {
            if (cd.isPrimitive()) throw code.error(i, "class literal of a primitive type is not supported");
            if (cd.isArray()) {
                markArrayType(cd.descriptorString());
                ClassDesc base = cd;
                while (base.isArray()) base = base.componentType();
                if (!base.isPrimitive()) classAt(code, i, internalName(base));
            } else {
                classAt(code, i, internalName(cd));
            }
        } else if (c instanceof MethodTypeDesc || c instanceof MethodHandleDesc) {
            throw code.error(i, "method handle and method type constants are not supported (no java.lang.invoke)");
        } else if (!(c instanceof String || c instanceof Integer || c instanceof Long || c instanceof Float
                || c instanceof Double)) {
            throw code.error(i, "dynamic constants (condy) are not supported: " + c);
        }
    }

    private void scanInvoke(Code code, int i, InvokeInstruction inv) {
        ClassInfo owner;
        String ownerName = inv.owner().asInternalName();
        if (ownerName.startsWith("[")) {
            // Methods called on arrays (clone, getClass, ...) are Object's.
            markArrayType(ownerName);
            owner = get("java/lang/Object");
        } else {
            owner = classAt(code, i, ownerName);
        }
        String selector = inv.name().stringValue() + inv.type().stringValue();
        MethodInfo target = resolveMethod(owner, selector);
        if (target == null) {
            throw code.error(i, "method " + owner.binaryName() + "." + selector + " does not exist"
                    + (ClassPath.isRuntimeOwned(owner.name) ? " in the jos runtime library" : ""));
        }
        if (isHardwareIntrinsic(target)) return;   // expanded inline; the simulation behind it never runs natively
        switch (inv.opcode()) {
            case INVOKESTATIC -> markReachable(target);
            case INVOKESPECIAL -> {
                ClassInfo current = code.method.owner;
                if (!target.isConstructor() && !target.isPrivate && !owner.isInterface
                        && current != owner && current.isSubclassOf(owner)) {
                    MethodInfo sel = resolveVirtual(current.superclass, selector);
                    if (sel == null) throw code.error(i, "super call to abstract method " + target);
                    markReachable(sel);
                } else {
                    markReachable(target);
                }
            }
            default -> {
                if (target.isPrivate || target.isStatic) {
                    markReachable(target);
                } else {
                    markVirtualCall(selector);
                    if (target.isFinal || target.owner.isFinal) markReachable(target);
                }
            }
        }
    }

    /** Classes whose static methods are hardware intrinsics (jos.hw): the compiler emits their instruction. */
    public static final Set<String> HARDWARE_INTRINSIC_CLASSES = Set.of("jos/hw/Memory", "jos/hw/Cpu", "jos/hw/Atomic");

    public static boolean isHardwareIntrinsic(MethodInfo m) {
        return m.isStatic && HARDWARE_INTRINSIC_CLASSES.contains(m.owner.name);
    }

    private static String descriptorOf(ClassEntry e) {
        String n = e.asInternalName();
        return n.startsWith("[") ? n : "L" + n + ";";
    }

    private static String baseClass(ClassEntry e) {
        String n = e.asInternalName();
        if (!n.startsWith("[")) return n;
        String base = n.replaceFirst("^\\[+", "");
        return base.startsWith("L") ? base.substring(1, base.length() - 1) : "java/lang/Object";
    }

    public static String internalName(ClassDesc cd) {
        String d = cd.descriptorString();
        return d.startsWith("L") ? d.substring(1, d.length() - 1) : d;
    }
}

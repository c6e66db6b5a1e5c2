package jos.aot.indy;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.InnerClassInfo;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Emits the helper method (and lambda class) for each kind of invokedynamic bootstrap. */
final class Helpers {
    private static final ClassDesc CD_StringBuilder = ClassDesc.of("java.lang.StringBuilder");
    private static final ClassDesc CD_Objects = ClassDesc.of("java.util.Objects");
    private static final ClassDesc CD_Enum = ClassDesc.of("java.lang.Enum");
    private static final ClassDesc CD_Number = ClassDesc.of("java.lang.Number");
    private static final ClassDesc CD_Character = ClassDesc.of("java.lang.Character");
    private static final int FLAG_MARKERS = 2, FLAG_BRIDGES = 4;

    private final String hostName;
    private final ClassDesc helper;
    private final Consumer<ClassModel> define;
    private int lambdaCount;

    Helpers(String hostName, ClassDesc helper, Consumer<ClassModel> define) {
        this.hostName = hostName;
        this.helper = helper;
        this.define = define;
    }

    void emit(ClassBuilder cb, IndyLowering.Site s) {
        String bsm = IndyLowering.bootstrapName(s.insn());
        int flags = ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC;
        MethodTypeDesc type = s.insn().typeSymbol();
        switch (bsm) {
            case "Ljava/lang/invoke/StringConcatFactory;.makeConcatWithConstants" ->
                    cb.withMethodBody(s.helperMethod(), type, flags, code -> concat(code, s, true));
            case "Ljava/lang/invoke/StringConcatFactory;.makeConcat" ->
                    cb.withMethodBody(s.helperMethod(), type, flags, code -> concat(code, s, false));
            case "Ljava/lang/invoke/LambdaMetafactory;.metafactory",
                 "Ljava/lang/invoke/LambdaMetafactory;.altMetafactory" -> {
                ClassDesc lambda = lambdaClass(s, bsm.endsWith("altMetafactory"));
                cb.withMethodBody(s.helperMethod(), type, flags, code -> {
                    code.new_(lambda).dup();
                    int slot = 0;
                    for (ClassDesc p : type.parameterList()) {
                        TypeKind k = TypeKind.from(p);
                        code.loadLocal(k, slot);
                        slot += k.slotSize();
                    }
                    code.invokespecial(lambda, "<init>", MethodTypeDesc.of(CD_void, type.parameterList()));
                    code.areturn();
                });
            }
            case "Ljava/lang/runtime/ObjectMethods;.bootstrap" ->
                    cb.withMethodBody(s.helperMethod(), type, flags, code -> objectMethod(code, s));
            case "Ljava/lang/runtime/SwitchBootstraps;.typeSwitch",
                 "Ljava/lang/runtime/SwitchBootstraps;.enumSwitch" ->
                    cb.withMethodBody(s.helperMethod(), type, flags, code -> typeSwitch(code, s, bsm.endsWith("enumSwitch")));
            default -> throw s.error("invokedynamic with bootstrap " + bsm + " is not supported");
        }
    }

    // ---------------------------------------------------------------- string concatenation

    private void concat(CodeBuilder code, IndyLowering.Site s, boolean withRecipe) {
        MethodTypeDesc type = s.insn().typeSymbol();
        List<ConstantDesc> args = s.insn().bootstrapArgs();
        String recipe;
        if (withRecipe) {
            recipe = (String) args.get(0);
        } else {
            recipe = "\u0001".repeat(type.parameterCount());
        }
        code.new_(CD_StringBuilder).dup().invokespecial(CD_StringBuilder, "<init>", MethodTypeDesc.of(CD_void));
        int argIndex = 0, slot = 0, constIndex = 1;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == '\u0001' || c == '\u0002') {
                if (!literal.isEmpty()) {
                    appendConstant(code, literal.toString());
                    literal.setLength(0);
                }
                if (c == '\u0001') {
                    ClassDesc p = type.parameterType(argIndex++);
                    TypeKind k = TypeKind.from(p);
                    code.loadLocal(k, slot);
                    slot += k.slotSize();
                    code.invokevirtual(CD_StringBuilder, "append", MethodTypeDesc.of(CD_StringBuilder, appendType(p)));
                } else {
                    literal.append(String.valueOf(args.get(constIndex++)));
                }
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) appendConstant(code, literal.toString());
        code.invokevirtual(CD_StringBuilder, "toString", MethodTypeDesc.of(CD_String));
        code.areturn();
    }

    private static void appendConstant(CodeBuilder code, String text) {
        code.ldc(text);
        code.invokevirtual(CD_StringBuilder, "append", MethodTypeDesc.of(CD_StringBuilder, CD_String));
    }

    private static ClassDesc appendType(ClassDesc p) {
        if (p.isPrimitive()) {
            return switch (p.descriptorString()) {
                case "B", "S" -> CD_int;
                default -> p;
            };
        }
        return p.equals(CD_String) ? CD_String : CD_Object;
    }

    // ---------------------------------------------------------------- lambdas

    private ClassDesc lambdaClass(IndyLowering.Site s, boolean alt) {
        var insn = s.insn();
        List<ConstantDesc> args = insn.bootstrapArgs();
        MethodTypeDesc samType = (MethodTypeDesc) args.get(0);
        DirectMethodHandleDesc impl = (DirectMethodHandleDesc) args.get(1);
        MethodTypeDesc instantiated = (MethodTypeDesc) args.get(2);
        List<ClassDesc> markers = new ArrayList<>();
        List<MethodTypeDesc> bridges = new ArrayList<>();
        if (alt) {
            int flags = (Integer) args.get(3);
            int at = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) args.get(at++);
                for (int i = 0; i < n; i++) markers.add((ClassDesc) args.get(at++));
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) args.get(at++);
                for (int i = 0; i < n; i++) bridges.add((MethodTypeDesc) args.get(at++));
            }
        }
        MethodTypeDesc factory = insn.typeSymbol();
        ClassDesc iface = factory.returnType();
        ClassDesc lambda = ClassDesc.ofInternalName(hostName + "$$Lambda$" + lambdaCount++);
        List<ClassDesc> captures = factory.parameterList();
        String samName = insn.name().stringValue();

        byte[] bytes = IndyLowering.CLASS_FILE.build(lambda, cb -> {
            cb.withFlags(AccessFlag.FINAL, AccessFlag.SYNTHETIC);
            if (s.sourceFile() != null) cb.with(java.lang.classfile.attribute.SourceFileAttribute.of(s.sourceFile()));
            cb.withSuperclass(CD_Object);
            List<ClassDesc> ifaces = new ArrayList<>();
            ifaces.add(iface);
            ifaces.addAll(markers);
            cb.withInterfaceSymbols(ifaces);
            for (int i = 0; i < captures.size(); i++) {
                cb.withField("cap" + i, captures.get(i), ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
            }
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, captures), ClassFile.ACC_PUBLIC, code -> {
                code.aload(0).invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                int slot = 1;
                for (int i = 0; i < captures.size(); i++) {
                    TypeKind k = TypeKind.from(captures.get(i));
                    code.aload(0).loadLocal(k, slot).putfield(lambda, "cap" + i, captures.get(i));
                    slot += k.slotSize();
                }
                code.return_();
            });
            List<MethodTypeDesc> methodTypes = new ArrayList<>();
            methodTypes.add(samType);
            for (MethodTypeDesc b : bridges) if (!b.equals(samType)) methodTypes.add(b);
            for (MethodTypeDesc mt : methodTypes) {
                cb.withMethodBody(samName, mt, ClassFile.ACC_PUBLIC, code ->
                        forward(code, s, lambda, captures, mt, instantiated, impl));
            }
        });
        define.accept(IndyLowering.CLASS_FILE.parse(bytes));
        return lambda;
    }

    /** The body of a lambda's interface method: captured values and arguments, adapted, into impl. */
    private static void forward(CodeBuilder code, IndyLowering.Site s, ClassDesc lambda, List<ClassDesc> captures,
                                MethodTypeDesc sam, MethodTypeDesc instantiated, DirectMethodHandleDesc impl) {
        MethodTypeDesc implType = impl.invocationType();
        boolean ctor = impl.kind() == DirectMethodHandleDesc.Kind.CONSTRUCTOR;
        if (ctor) code.new_(impl.owner()).dup();
        int implArg = 0;
        for (int i = 0; i < captures.size(); i++) {
            code.aload(0).getfield(lambda, "cap" + i, captures.get(i));
            adapt(code, s, captures.get(i), implType.parameterType(implArg++));
        }
        int slot = 1;
        for (int i = 0; i < sam.parameterCount(); i++) {
            ClassDesc p = sam.parameterType(i);
            TypeKind k = TypeKind.from(p);
            code.loadLocal(k, slot);
            slot += k.slotSize();
            ClassDesc inst = i < instantiated.parameterCount() ? instantiated.parameterType(i) : p;
            if (!p.isPrimitive() && !inst.isPrimitive() && !inst.equals(p)) code.checkcast(inst);
            adapt(code, s, inst, implType.parameterType(implArg++));
        }
        ClassDesc owner = impl.owner();
        switch (impl.kind()) {
            case STATIC -> code.invokestatic(owner, impl.methodName(), impl.invocationType(), false);
            case INTERFACE_STATIC -> code.invokestatic(owner, impl.methodName(), impl.invocationType(), true);
            case VIRTUAL -> code.invokevirtual(owner, impl.methodName(), dropReceiver(implType));
            case INTERFACE_VIRTUAL -> code.invokeinterface(owner, impl.methodName(), dropReceiver(implType));
            case SPECIAL -> code.invokespecial(owner, impl.methodName(), dropReceiver(implType), false);
            case INTERFACE_SPECIAL -> code.invokespecial(owner, impl.methodName(), dropReceiver(implType), true);
            case CONSTRUCTOR -> code.invokespecial(owner, "<init>", MethodTypeDesc.of(CD_void, implType.parameterList()));
            default -> throw s.error("lambda implementation of kind " + impl.kind() + " is not supported");
        }
        ClassDesc produced = ctor ? owner : implType.returnType();
        ClassDesc wanted = sam.returnType();
        if (wanted.equals(CD_void)) {
            if (!produced.equals(CD_void)) {
                if (TypeKind.from(produced).slotSize() == 2) code.pop2();
                else code.pop();
            }
            code.return_();
            return;
        }
        ClassDesc instReturn = instantiated.returnType();
        if (!produced.isPrimitive() && !instReturn.isPrimitive() && !instReturn.equals(CD_void)
                && !instReturn.equals(produced) && !instReturn.equals(CD_Object)) {
            code.checkcast(instReturn);
            produced = instReturn;
        }
        adapt(code, s, produced, wanted);
        code.return_(TypeKind.from(wanted));
    }

    private static MethodTypeDesc dropReceiver(MethodTypeDesc t) {
        return t.dropParameterTypes(0, 1);
    }

    /** Converts the value on the stack from one type to another as LambdaMetafactory would. */
    static void adapt(CodeBuilder code, IndyLowering.Site s, ClassDesc from, ClassDesc to) {
        if (from.equals(to)) return;
        if (from.isPrimitive() && to.isPrimitive()) {
            TypeKind a = TypeKind.from(from), b = TypeKind.from(to);
            if (a.asLoadable() != b.asLoadable()) code.conversion(a, b);
            return;
        }
        if (from.isPrimitive()) {
            ClassDesc box = Boxes.boxOf(from);
            code.invokestatic(box, "valueOf", MethodTypeDesc.of(box, from));
            if (!to.equals(box) && !to.equals(CD_Object) && !Boxes.isSuperOfBox(to)) code.checkcast(to);
            return;
        }
        if (to.isPrimitive()) {
            ClassDesc box = Boxes.isBox(from) ? from : Boxes.boxOf(to);
            if (!box.equals(from)) code.checkcast(box);
            ClassDesc prim = Boxes.primitiveOf(box);
            code.invokevirtual(box, prim.displayName() + "Value", MethodTypeDesc.of(prim));
            if (!prim.equals(to)) {
                TypeKind a = TypeKind.from(prim), b = TypeKind.from(to);
                if (a.asLoadable() != b.asLoadable()) code.conversion(a, b);
            }
            return;
        }
        if (!to.equals(CD_Object)) code.checkcast(to);
    }

    // ---------------------------------------------------------------- records

    private void objectMethod(CodeBuilder code, IndyLowering.Site s) {
        var insn = s.insn();
        List<ConstantDesc> args = insn.bootstrapArgs();
        ClassDesc record = (ClassDesc) args.get(0);
        String names = (String) args.get(1);
        List<DirectMethodHandleDesc> getters = new ArrayList<>();
        for (int i = 2; i < args.size(); i++) getters.add((DirectMethodHandleDesc) args.get(i));
        String[] componentNames = names.isEmpty() ? new String[0] : names.split(";");
        switch (insn.name().stringValue()) {
            case "toString" -> {
                code.new_(CD_StringBuilder).dup().invokespecial(CD_StringBuilder, "<init>", MethodTypeDesc.of(CD_void));
                StringBuilder literal = new StringBuilder(simpleName(s, record)).append('[');
                for (int i = 0; i < getters.size(); i++) {
                    if (i > 0) literal.append(", ");
                    literal.append(componentNames[i]).append('=');
                    appendConstant(code, literal.toString());
                    literal.setLength(0);
                    DirectMethodHandleDesc g = getters.get(i);
                    ClassDesc t = g.invocationType().returnType();
                    code.aload(0).getfield(g.owner(), g.methodName(), t);
                    code.invokevirtual(CD_StringBuilder, "append", MethodTypeDesc.of(CD_StringBuilder, appendType(t)));
                }
                literal.append(']');
                appendConstant(code, literal.toString());
                code.invokevirtual(CD_StringBuilder, "toString", MethodTypeDesc.of(CD_String));
                code.areturn();
            }
            case "equals" -> {
                Label fail = code.newLabel(), isRecord = code.newLabel();
                code.aload(1).instanceOf(record).ifne(isRecord);
                code.iconst_0().ireturn();
                code.labelBinding(isRecord);
                code.aload(1).checkcast(record).astore(2);
                for (DirectMethodHandleDesc g : getters) {
                    ClassDesc t = g.invocationType().returnType();
                    code.aload(0).getfield(g.owner(), g.methodName(), t);
                    code.aload(2).getfield(g.owner(), g.methodName(), t);
                    switch (t.descriptorString()) {
                        case "Z", "B", "S", "C", "I" -> code.if_icmpne(fail);
                        case "J" -> code.lcmp().ifne(fail);
                        case "F" -> code.invokestatic(ClassDesc.of("java.lang.Float"), "compare",
                                MethodTypeDesc.of(CD_int, t, t)).ifne(fail);
                        case "D" -> code.invokestatic(ClassDesc.of("java.lang.Double"), "compare",
                                MethodTypeDesc.of(CD_int, t, t)).ifne(fail);
                        default -> code.invokestatic(CD_Objects, "equals",
                                MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object)).ifeq(fail);
                    }
                }
                code.iconst_1().ireturn();
                code.labelBinding(fail);
                code.iconst_0().ireturn();
            }
            case "hashCode" -> {
                code.iconst_0();
                for (DirectMethodHandleDesc g : getters) {
                    ClassDesc t = g.invocationType().returnType();
                    code.bipush(31).imul();
                    code.aload(0).getfield(g.owner(), g.methodName(), t);
                    switch (t.descriptorString()) {
                        case "B", "S", "C", "I" -> { }
                        case "Z" -> code.invokestatic(ClassDesc.of("java.lang.Boolean"), "hashCode", MethodTypeDesc.of(CD_int, t));
                        case "J" -> code.invokestatic(ClassDesc.of("java.lang.Long"), "hashCode", MethodTypeDesc.of(CD_int, t));
                        case "F" -> code.invokestatic(ClassDesc.of("java.lang.Float"), "hashCode", MethodTypeDesc.of(CD_int, t));
                        case "D" -> code.invokestatic(ClassDesc.of("java.lang.Double"), "hashCode", MethodTypeDesc.of(CD_int, t));
                        default -> code.invokestatic(CD_Objects, "hashCode", MethodTypeDesc.of(CD_int, CD_Object));
                    }
                    code.iadd();
                }
                code.ireturn();
            }
            default -> throw s.error("record method " + insn.name().stringValue() + " is not supported");
        }
    }

    /**
     * A pattern switch over a primitive (a record component such as {@code case Num(int v)}): a type
     * label of the selector's own type or its box matches every value; a constant label compares.
     */
    private void primitiveSwitch(CodeBuilder code, IndyLowering.Site s, ClassDesc selectorType) {
        TypeKind kind = TypeKind.from(selectorType);
        int restartSlot = kind.slotSize();
        List<ConstantDesc> labels = s.insn().bootstrapArgs();
        for (int i = 0; i < labels.size(); i++) {
            Label next = code.newLabel();
            code.iload(restartSlot).loadConstant(i).if_icmpgt(next);
            ConstantDesc label = labels.get(i);
            if (label instanceof DynamicConstantDesc<?> dyn) {
                label = DynamicConstantDesc.ofCanonical(dyn.bootstrapMethod(), dyn.constantName(), dyn.constantType(),
                        dyn.bootstrapArgsList().toArray(new ConstantDesc[0]));
            }
            switch (label) {
                case ClassDesc cls when cls.equals(selectorType) || cls.equals(Boxes.boxOf(selectorType))
                        || cls.equals(CD_Object) || Boxes.isSuperOfBox(cls) -> { }
                case Integer value when kind.asLoadable() == TypeKind.INT ->
                        code.loadLocal(kind, 0).loadConstant(value).if_icmpne(next);
                default -> throw s.error("primitive pattern " + label + " on a " + selectorType.displayName()
                        + " selector is not supported");
            }
            code.loadConstant(i).ireturn();
            code.labelBinding(next);
        }
        code.loadConstant(labels.size()).ireturn();
    }

    private static String simpleName(IndyLowering.Site s, ClassDesc record) {
        String internal = record.descriptorString().substring(1, record.descriptorString().length() - 1);
        var inner = s.host().findAttribute(java.lang.classfile.Attributes.innerClasses());
        if (inner.isPresent()) {
            for (InnerClassInfo ic : inner.get().classes()) {
                if (ic.innerClass().asInternalName().equals(internal)) {
                    return ic.innerName().map(n -> n.stringValue()).orElse("");
                }
            }
        }
        return internal.substring(internal.lastIndexOf('/') + 1);
    }

    // ---------------------------------------------------------------- pattern and enum switches

    private void typeSwitch(CodeBuilder code, IndyLowering.Site s, boolean enumSwitch) {
        var insn = s.insn();
        MethodTypeDesc type = insn.typeSymbol();
        ClassDesc selectorType = type.parameterType(0);
        if (selectorType.isPrimitive()) {
            primitiveSwitch(code, s, selectorType);
            return;
        }
        List<ConstantDesc> labels = insn.bootstrapArgs();
        Label nonNull = code.newLabel();
        code.aload(0).ifnonnull(nonNull);
        code.iconst_m1().ireturn();
        code.labelBinding(nonNull);
        for (int i = 0; i < labels.size(); i++) {
            Label next = code.newLabel();
            code.iload(1).loadConstant(i).if_icmpgt(next);
            ConstantDesc label = labels.get(i);
            if (label instanceof DynamicConstantDesc<?> dyn) label = DynamicConstantDesc.ofCanonical(dyn.bootstrapMethod(), dyn.constantName(), dyn.constantType(), dyn.bootstrapArgsList().toArray(new ConstantDesc[0]));
            switch (label) {
                case ClassDesc cls -> code.aload(0).instanceOf(cls).ifeq(next);
                case String str when enumSwitch -> {
                    code.aload(0).checkcast(CD_Enum).invokevirtual(CD_Enum, "name", MethodTypeDesc.of(CD_String));
                    code.ldc(str).invokevirtual(CD_String, "equals", MethodTypeDesc.of(CD_boolean, CD_Object)).ifeq(next);
                }
                case String str -> code.ldc(str).aload(0)
                        .invokevirtual(CD_String, "equals", MethodTypeDesc.of(CD_boolean, CD_Object)).ifeq(next);
                case Integer value -> {
                    Label notNumber = code.newLabel(), compare = code.newLabel();
                    code.aload(0).instanceOf(CD_Number).ifeq(notNumber);
                    code.aload(0).checkcast(CD_Number).invokevirtual(CD_Number, "intValue", MethodTypeDesc.of(CD_int));
                    code.goto_(compare);
                    code.labelBinding(notNumber);
                    code.aload(0).instanceOf(CD_Character).ifeq(next);
                    code.aload(0).checkcast(CD_Character).invokevirtual(CD_Character, "charValue",
                            MethodTypeDesc.of(ClassDesc.ofDescriptor("C")));
                    code.labelBinding(compare);
                    code.loadConstant(value).if_icmpne(next);
                }
                case Enum.EnumDesc<?> e -> {
                    code.aload(0).instanceOf(e.constantType()).ifeq(next);
                    code.aload(0).checkcast(CD_Enum).invokevirtual(CD_Enum, "name", MethodTypeDesc.of(CD_String));
                    code.ldc(e.constantName()).invokevirtual(CD_String, "equals",
                            MethodTypeDesc.of(CD_boolean, CD_Object)).ifeq(next);
                }
                default -> throw s.error("switch label " + label + " is not supported");
            }
            code.loadConstant(i).ireturn();
            code.labelBinding(next);
        }
        code.loadConstant(labels.size()).ireturn();
    }
}

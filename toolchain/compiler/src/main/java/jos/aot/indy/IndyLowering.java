package jos.aot.indy;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jos.aot.CompileError;

/**
 * Resolves invokedynamic at compile time. Each call site becomes an invokestatic of a method in a
 * synthetic helper class (Host$$Indy) whose body does what the bootstrap would have linked: string
 * concatenation, lambda and method-reference factories, record object methods, and pattern/enum
 * switch classification. Lambdas get a synthetic class each (Host$$Lambda$N). Everything stays
 * bytecode, so the rest of the compiler sees no invokedynamic at all.
 */
public final class IndyLowering {
    static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS);

    private final Consumer<ClassModel> define;

    public IndyLowering(Consumer<ClassModel> define) {
        this.define = define;
    }

    /** A call site being lowered, with where it is for error messages. */
    record Site(InvokeDynamicInstruction insn, String hostName, ClassModel host, String methodName,
                String methodDesc, String sourceFile, int bci, int line, String helperMethod) {
        CompileError error(String message) {
            return CompileError.at(hostName, methodName, methodDesc, sourceFile, bci, line, message);
        }
    }

    public ClassModel lower(ClassModel host) {
        if (!hasInvokeDynamic(host)) return host;
        String hostName = host.thisClass().asInternalName();
        ClassDesc helper = ClassDesc.ofInternalName(hostName + "$$Indy");
        String sourceFile = host.findAttribute(java.lang.classfile.Attributes.sourceFile())
                .map(a -> a.sourceFile().stringValue()).orElse(null);
        List<Site> sites = new ArrayList<>();

        ClassTransform transform = (clb, cle) -> {
            if (cle instanceof MethodModel mm && mm.code().isPresent()) {
                clb.transformMethod(mm, MethodTransform.transformingCode(siteRewriter(mm, hostName, host, sourceFile, helper, sites)));
            } else {
                clb.with(cle);
            }
        };
        byte[] lowered = CLASS_FILE.transformClass(host, transform);

        Helpers helpers = new Helpers(hostName, helper, define);
        byte[] helperClass = CLASS_FILE.build(helper, cb -> {
            cb.withFlags(AccessFlag.PUBLIC, AccessFlag.FINAL, AccessFlag.SYNTHETIC);
            if (sourceFile != null) cb.with(java.lang.classfile.attribute.SourceFileAttribute.of(sourceFile));
            cb.withSuperclass(ConstantDescs.CD_Object);
            for (Site s : sites) helpers.emit(cb, s);
        });
        define.accept(CLASS_FILE.parse(helperClass));
        return CLASS_FILE.parse(lowered);
    }

    private static CodeTransform siteRewriter(MethodModel mm, String hostName, ClassModel host, String sourceFile,
                                              ClassDesc helper, List<Site> sites) {
        int[] state = new int[2];  // bci, line
        return (cob, coe) -> {
            if (coe instanceof LineNumber ln) state[1] = ln.line();
            if (coe instanceof InvokeDynamicInstruction indy) {
                String name = "indy$" + sites.size();
                sites.add(new Site(indy, hostName, host, mm.methodName().stringValue(), mm.methodType().stringValue(),
                        sourceFile, state[0], state[1], name));
                // invokestatic is 3 bytes and invokedynamic 5: two nops keep every bytecode index as in the
                // original class file, so errors and debug information point at the user's own indices.
                cob.invokestatic(helper, name, indy.typeSymbol()).nop().nop();
            } else {
                cob.with(coe);
            }
            if (coe instanceof Instruction insn) state[0] += insn.sizeInBytes();
        };
    }

    private static boolean hasInvokeDynamic(ClassModel model) {
        for (MethodModel m : model.methods()) {
            CodeModel code = m.code().orElse(null);
            if (code == null) continue;
            for (CodeElement e : code) {
                if (e instanceof InvokeDynamicInstruction) return true;
            }
        }
        return false;
    }

    static String bootstrapName(InvokeDynamicInstruction insn) {
        DirectMethodHandleDesc bsm = insn.bootstrapMethod();
        return bsm.owner().descriptorString() + "." + bsm.methodName();
    }
}

package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.instruction.ReturnInstruction;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.MethodInfo;

/**
 * Hints for gcc's inliner, which at -O2 copies only functions of about 15 instructions unless they are
 * declared inline (then about 70). A small Java method (up to INLINE_BYTES of bytecode; HotSpot always
 * inlines up to 35, hot ones up to 325) is declared inline; methods that only build or throw an exception, and the runtime's
 * slow paths marked {@code @jos.rt.OutOfLine}, are never inlined, so they do not make their callers too
 * big to inline (gcc inlines any function with a single caller however big). Semantics do not change:
 * an inlined copy keeps every check, and traces name inlined frames from the DWARF.
 */
final class InlineHints {
    /** Methods up to this many bytecode bytes are declared inline (String.charAt and append(char) fit). */
    static final int INLINE_BYTES = 64;
    static final String OUT_OF_LINE = "Ljos/rt/OutOfLine;";

    private InlineHints() {
    }

    /** The C declaration specifiers that go before the method's definition: "", "inline " or noinline. */
    static String of(Program program, MethodInfo m, Code code) {
        if (outOfLine(program, m, code)) return "__attribute__((noinline)) ";
        var attribute = m.codeAttribute();
        return attribute != null && attribute.codeLength() <= INLINE_BYTES ? "inline " : "";
    }

    /** Marked out of line, returns a Throwable, or never returns normally (every path throws). */
    static boolean outOfLine(Program program, MethodInfo m, Code code) {
        if (m.annotations.containsKey(OUT_OF_LINE)) return true;
        if (m.isConstructor() || m.isClassInit()) return false;
        String ret = CTypes.returnType(m.descriptor);
        if (ret.startsWith("L") && isThrowable(program, ret.substring(1, ret.length() - 1))) return true;
        for (Instruction insn : code.insns) if (insn instanceof ReturnInstruction) return false;
        return true;
    }

    private static boolean isThrowable(Program program, String name) {
        for (ClassInfo k = program.lookup(name); k != null; k = k.superclass) {
            if (k.name.equals("java/lang/Throwable")) return true;
        }
        return false;
    }
}

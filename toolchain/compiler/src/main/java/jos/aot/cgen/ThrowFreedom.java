package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.*;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;

/** Whether a method body can raise anything at all: the basis for leaving out pending-exception tests. */
final class ThrowFreedom {
    private ThrowFreedom() {}

    static boolean isThrowFree(Program program, Code code) {
        StackTypes types = new StackTypes(code);
        for (int i = 0; i < code.size(); i++) {
            String st = types.in[i];
            if (st == null) continue;
            Instruction insn = code.insns.get(i);
            switch (insn) {
                case InvokeInstruction x -> { return false; }
                case ThrowInstruction x -> { return false; }
                case NewObjectInstruction x -> { return false; }
                case NewPrimitiveArrayInstruction x -> { return false; }
                case NewReferenceArrayInstruction x -> { return false; }
                case NewMultiArrayInstruction x -> { return false; }
                case ArrayLoadInstruction x -> { return false; }
                case ArrayStoreInstruction x -> { return false; }
                case TypeCheckInstruction x -> {
                    if (x.opcode() == Opcode.CHECKCAST) return false;
                }
                case MonitorInstruction x -> {
                    if (st.charAt(st.length() - 1) != 'n') return false;
                }
                case FieldInstruction f -> {
                    switch (f.opcode()) {
                        case GETFIELD -> { if (st.charAt(st.length() - 1) != 'n') return false; }
                        case PUTFIELD -> { if (st.charAt(st.length() - 2) != 'n') return false; }
                        default -> {
                            // Static access: class initialization of another class could throw.
                            if (!f.owner().asInternalName().equals(code.method.owner.name)) return false;
                        }
                    }
                }
                case OperatorInstruction op -> {
                    switch (op.opcode()) {
                        case IDIV, IREM, LDIV, LREM, ARRAYLENGTH -> { return false; }
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        return true;
    }
}

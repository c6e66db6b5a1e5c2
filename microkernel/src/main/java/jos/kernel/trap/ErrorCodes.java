package jos.kernel.trap;

import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.console.Log;

/**
 * Which exceptions push an error code, and the selector error code of #TS, #NP, #SS and #GP (Intel SDM
 * vol. 3, 6.13): bit 0 external event, bit 1 the index is an IDT vector, else bit 2 picks the LDT over
 * the GDT; bits 3..15 the index. Printed as {@code error code 0x0000: no selector},
 * {@code error code 0x006a: IDT vector 13}, {@code error code 0x002b: GDT selector 0x0028, external} or
 * {@code error code 0x000c: LDT selector 0x000c}.
 */
public final class ErrorCodes {
    private ErrorCodes() {
    }

    public static final int EXTERNAL = 1, IDT = 2, LDT = 4;
    private static final int INDEX_SHIFT = 3, INDEX_MASK = 0x1FFF;

    public static final int TABLE_GDT = 0, TABLE_IDT = 1, TABLE_LDT = 2;

    /** True for the vectors where the CPU pushes an error code (the stubs push 0 for the others). */
    public static boolean pushedByCpu(int vector) {
        return switch (vector) {
            case ExceptionNames.DOUBLE_FAULT, ExceptionNames.INVALID_TSS, ExceptionNames.SEGMENT_NOT_PRESENT,
                    ExceptionNames.STACK_FAULT, ExceptionNames.GENERAL_PROTECTION, ExceptionNames.PAGE_FAULT,
                    ExceptionNames.ALIGNMENT_CHECK, ExceptionNames.CONTROL_PROTECTION, ExceptionNames.VMM_COMMUNICATION,
                    ExceptionNames.SECURITY -> true;
            default -> false;
        };
    }

    /** True for the vectors whose error code is a selector error code. */
    public static boolean isSelectorCode(int vector) {
        return vector == ExceptionNames.INVALID_TSS || vector == ExceptionNames.SEGMENT_NOT_PRESENT
                || vector == ExceptionNames.STACK_FAULT || vector == ExceptionNames.GENERAL_PROTECTION;
    }

    public static boolean external(long code) {
        return (code & EXTERNAL) != 0;
    }

    /** {@link #TABLE_GDT}, {@link #TABLE_IDT} or {@link #TABLE_LDT}. */
    public static int table(long code) {
        return (code & IDT) != 0 ? TABLE_IDT : (code & LDT) != 0 ? TABLE_LDT : TABLE_GDT;
    }

    public static int index(long code) {
        return (int) (code >>> INDEX_SHIFT) & INDEX_MASK;
    }

    /** The selector the code names (GDT or LDT, RPL 0). */
    public static int selector(long code) {
        return (int) code & 0xFFFC;
    }

    /** Prints "error code 0x....: ..." (no newline). */
    public static void printSelectorCode(long code) {
        Log.print("error code ");
        Log.hex(code & 0xFFFF, 4);
        Log.print(": ");
        int table = table(code);
        if (table == TABLE_GDT && index(code) == 0) {
            Log.print("no selector");
        } else if (table == TABLE_IDT) {
            Log.print("IDT vector ");
            Log.dec(index(code));
        } else {
            Log.print(table == TABLE_LDT ? "LDT selector " : "GDT selector ");
            Log.hex(selector(code), 4);
        }
        if (external(code)) Log.print(", external");
    }
}

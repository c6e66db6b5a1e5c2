package jos.kernel.trap;

import jos.kernel.console.Log;

/**
 * The page-fault error code (Intel SDM vol. 3, 4.7), with the faulting address from CR2. Printed as
 * {@code address 0x0000000000001000, not present, read, kernel, data}: present or not, write or read,
 * user or kernel mode, instruction fetch or data access, then any of {@code reserved bit},
 * {@code protection key}, {@code shadow stack}, {@code sgx}.
 */
public final class PageFaultError {
    private PageFaultError() {
    }

    public static final int PRESENT = 1, WRITE = 1 << 1, USER = 1 << 2, RESERVED_BIT = 1 << 3, INSTRUCTION_FETCH = 1 << 4,
            PROTECTION_KEY = 1 << 5, SHADOW_STACK = 1 << 6, SGX = 1 << 15;

    /** The page was present (a protection violation) rather than not present. */
    public static boolean present(long code) {
        return (code & PRESENT) != 0;
    }

    public static boolean write(long code) {
        return (code & WRITE) != 0;
    }

    public static boolean user(long code) {
        return (code & USER) != 0;
    }

    public static boolean reservedBit(long code) {
        return (code & RESERVED_BIT) != 0;
    }

    public static boolean instructionFetch(long code) {
        return (code & INSTRUCTION_FETCH) != 0;
    }

    public static boolean protectionKey(long code) {
        return (code & PROTECTION_KEY) != 0;
    }

    public static boolean shadowStack(long code) {
        return (code & SHADOW_STACK) != 0;
    }

    public static boolean sgx(long code) {
        return (code & SGX) != 0;
    }

    /** Prints the decoding (no newline). */
    public static void print(long code, long address) {
        Log.print("address ");
        Log.hex(address, 16);
        Log.print(present(code) ? ", protection violation" : ", not present");
        Log.print(write(code) ? ", write" : ", read");
        Log.print(user(code) ? ", user" : ", kernel");
        Log.print(instructionFetch(code) ? ", instruction fetch" : ", data");
        if (reservedBit(code)) Log.print(", reserved bit");
        if (protectionKey(code)) Log.print(", protection key");
        if (shadowStack(code)) Log.print(", shadow stack");
        if (sgx(code)) Log.print(", sgx");
    }
}

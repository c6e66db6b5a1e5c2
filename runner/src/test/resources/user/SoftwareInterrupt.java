import jos.hw.Naked;

/**
 * A user program that executes int 0x80, the old Linux system-call gate: the kernel has no gate there
 * (nor any other gate open to ring 3 but the breakpoint's), so it is a #GP, vector 13, whose error code
 * names IDT entry 0x80 (0x80 * 8 + 2 = 0x402).
 */
public final class SoftwareInterrupt {
    static final int VECTOR = 0x80;

    static void main() {
        System.out.println("about to execute int 0x80");
        System.out.flush();
        interrupt();
        System.out.println("int 0x80 returned");
        System.exit(0);
    }

    @Naked({"int $" + VECTOR, "ret"})
    static native void interrupt();
}

import jos.hw.Naked;

/** A user program that executes int3: #BP, vector 3 (the kernel's breakpoint gate is open to ring 3). */
public final class Breakpoint {
    static void main() {
        System.out.println("about to execute int3");
        System.out.flush();
        int3();
        System.out.println("int3 returned");
        System.exit(0);
    }

    @Naked({"int3", "ret"})
    static native void int3();
}

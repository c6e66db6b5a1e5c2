import jos.hw.Naked;

/** A user program that executes hlt, an instruction only ring 0 may: #GP(0), vector 13. */
public final class Privileged {
    static void main() {
        System.out.println("about to execute hlt");
        System.out.flush();
        hlt();
        System.out.println("hlt returned");
        System.exit(0);
    }

    @Naked({"hlt", "ret"})
    static native void hlt();
}

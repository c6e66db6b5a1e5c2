import jos.hw.Naked;

/** The program of test=user-sidt (QemuBootIT): sidt in ring 3, which UMIP turns into a general protection fault. */
public final class Sidt {
    static void main() {
        System.out.println("about to execute sidt");
        System.out.flush();
        long base = idtBase();
        System.out.println(base == 0 ? "sidt gave zero" : "sidt gave the IDT base");
        System.exit(0);
    }

    /** The IDT base sidt stores. */
    @Naked({"subq $24, %rsp", "sidt (%rsp)", "movq 2(%rsp), %rax", "addq $24, %rsp", "ret"})
    static native long idtBase();
}

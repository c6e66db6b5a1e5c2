import jos.hw.Naked;

/** A user program that executes ud2: #UD, vector 6. */
public final class InvalidOpcode {
    static void main() {
        System.out.println("about to execute ud2");
        System.out.flush();
        ud2();
        System.out.println("ud2 returned");
        System.exit(0);
    }

    @Naked({"ud2", "ret"})
    static native void ud2();
}

import jos.hw.Naked;

/** A user program that divides by zero with a real div instruction (Java's 1/0 would throw instead): #DE, vector 0. */
public final class DivideError {
    static void main() {
        System.out.println("about to divide by zero");
        System.out.flush();
        int q = divide(1, 0);
        System.out.println("divided: " + q);
        System.exit(0);
    }

    /** dividend / divisor by the CPU's unsigned 32-bit div. */
    @Naked({"movl %edi, %eax", "xorl %edx, %edx", "divl %esi", "ret"})
    static native int divide(int dividend, int divisor);
}

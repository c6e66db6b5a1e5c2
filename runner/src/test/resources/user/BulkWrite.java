import jos.abi.Calls;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * A user program that hands debug_write 1 MiB in one call (QemuBootIT, test=user-programs): lines of 999
 * bytes, each split by the kernel into console lines that all begin "user: ". The kernel writes a bounded
 * part per call and returns the count; the program calls again from there until all is written, then
 * reports the calls it took and what the first one wrote.
 */
public final class BulkWrite {
    static final int BYTES = 1 << 20;
    /** Every LINE-th byte is a newline: lines of LINE - 1 letters. */
    static final int LINE = 1000;

    static void main() {
        long buffer = buffer();
        for (int p = 0; p < BYTES; p++) Memory.write8(buffer + p, byteAt(p));
        System.out.println("bulk-write: start");
        System.out.flush();
        long first = debugWrite(buffer, BYTES);
        long done = first > 0 ? first : 0;
        int calls = 1;
        while (done < BYTES) {
            long n = debugWrite(buffer + done, BYTES - done);
            calls++;
            if (n <= 0) {
                System.out.println("bulk-write: call " + calls + " failed with " + n);
                System.exit(1);
            }
            done += n;
        }
        System.out.println("bulk-write: end, " + done + " bytes in " + calls + " calls, the first wrote " + first);
        System.exit(0);
    }

    /** The byte at position p: a letter, a newline every LINE bytes and at the very end. */
    static byte byteAt(int p) {
        if ((p + 1) % LINE == 0 || p == BYTES - 1) return '\n';
        return (byte) ('a' + p % 26);
    }

    /** The raw debug_write system call (abi.md): the count written or a negated error. */
    @Naked({"movl $" + Calls.DEBUG_WRITE + ", %eax", "syscall", "ret"})
    static native long debugWrite(long address, long length);

    /** BYTES of zeroed .bss, page aligned: more than the runtime's fixed 1 MiB heap could give as an array. */
    @Naked({".pushsection .bss", ".balign 4096", "bulk_write_buffer:", ".skip " + BYTES, ".popsection",
            "leaq bulk_write_buffer(%rip), %rax", "ret"})
    static native long buffer();
}

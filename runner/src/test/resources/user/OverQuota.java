import jos.abi.Calls;
import jos.abi.MemoryInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * The program of the user-memory test (QemuBootIT): asks for more than its quota, at once (refused with
 * ENOMEM, nothing taken) and a MiB at a time until refused, gives it all back (the page tables made stay
 * charged until it ends) and exits with 0.
 */
public final class OverQuota {
    static final long MIB = 1L << 20;
    static final long RW = Protection.READ | Protection.WRITE;

    static void main() {
        long[] chunks = new long[1024];
        long quota = syscall(Calls.MEMORY_INFO, MemoryInfo.QUOTA, 0, 0), used = syscall(Calls.MEMORY_INFO, MemoryInfo.USED, 0, 0);
        long huge = syscall(Calls.MAP, 0, quota + MIB, RW);
        long usedAfter = syscall(Calls.MEMORY_INFO, MemoryInfo.USED, 0, 0);
        int n = 0;
        long last;
        while ((last = syscall(Calls.MAP, 0, MIB, RW)) > 0 && n < chunks.length) {
            Memory.write64(last, n);
            chunks[n++] = last;
        }
        long full = syscall(Calls.MEMORY_INFO, MemoryInfo.USED, 0, 0);
        long unmapped = 0;
        for (int i = 0; i < n; i++) unmapped += syscall(Calls.UNMAP, chunks[i], MIB, 0);
        long afterUnmap = syscall(Calls.MEMORY_INFO, MemoryInfo.USED, 0, 0);
        System.out.println("over-quota: quota " + quota / MIB + " MiB; " + (quota + MIB) / MIB + " MiB at once: " + huge
                + ", used " + (usedAfter == used ? "unchanged" : "changed"));
        System.out.println("over-quota: " + n + " MiB one by one, then " + last + "; full " + (full > quota - MIB && full <= quota)
                + "; unmapped " + unmapped);
        System.out.println("over-quota: after unmapping, only page tables kept: " + (afterUnmap >= usedAfter && afterUnmap - usedAfter < MIB));
        System.exit(0);
    }

    /** System call number with three arguments (abi.md: rdi, rsi, rdx; the result in rax). */
    @Naked({
            "movq %rdi, %rax",
            "movq %rsi, %rdi",
            "movq %rdx, %rsi",
            "movq %rcx, %rdx",
            "syscall",
            "ret"})
    static native long syscall(long number, long a0, long a1, long a2);
}

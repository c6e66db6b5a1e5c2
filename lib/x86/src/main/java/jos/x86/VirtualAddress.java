package jos.x86;

/** 48-bit virtual addresses (4-level paging, Intel SDM vol. 1, 3.3.7.1): the canonical halves. */
public final class VirtualAddress {
    private VirtualAddress() {
    }

    /** The end of the lower canonical half: the first address above it that is canonical is the upper half's start. */
    public static final long LOWER_HALF_END = 0x0000_8000_0000_0000L;

    /** Whether address is canonical: bits 63 to 47 all equal. */
    public static boolean canonical(long address) {
        long top = address >> 47;
        return top == 0 || top == -1;
    }
}

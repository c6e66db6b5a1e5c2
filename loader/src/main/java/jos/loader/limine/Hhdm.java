package jos.loader.limine;

/** The higher-half direct map: physical address p is at virtual {@code OFFSET + p}. */
public final class Hhdm {
    private Hhdm() {
    }

    public static final long OFFSET = 0xFFFF_8000_0000_0000L;

    /** The HHDM address of physical address p; 0 stays 0 (NULL). */
    public static long virt(long physical) {
        return physical == 0 ? 0 : OFFSET + physical;
    }
}

package jos.kernel.irq;

/** Describes I/O APICs to IoApics as its init would have found them, for tests outside this package. */
public final class IoApicsFixture {
    private IoApicsFixture() {
    }

    /** Forgets every I/O APIC. */
    public static void reset() {
        IoApics.reset();
    }

    /** An I/O APIC with lines lines from gsiBase (registers at a made-up address: nothing reaches them). */
    public static void add(int id, long gsiBase, int lines) {
        IoApics.add(id, 0xfec0_0000L + 0x1000L * id, 0, gsiBase, lines);
    }
}

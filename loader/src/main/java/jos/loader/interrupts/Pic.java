package jos.loader.interrupts;

import jos.hw.Cpu;

/** The legacy 8259 PIC pair: masking every line is all the loader does with it. */
public final class Pic {
    private Pic() {
    }

    public static final int MASTER_DATA = 0x21, SLAVE_DATA = 0xA1;

    public static void maskAll() {
        Cpu.out8(MASTER_DATA, (byte) 0xFF);
        Cpu.out8(SLAVE_DATA, (byte) 0xFF);
    }
}

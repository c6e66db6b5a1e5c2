package jos.loader.time;

import jos.hw.Cpu;

/**
 * Channel 2 of the 8254 PIT as a one-shot timer (mode 0, gate through port 0x61, its output read back
 * in port 0x61 bit 5), counting at 1.193182 MHz. One shot lasts at most 54 ms; longer waits are
 * several shots. Without a PIT the port reads all ones, so waits end at once instead of hanging.
 */
public final class Pit {
    private Pit() {
    }

    public static final int CHANNEL2 = 0x42, COMMAND = 0x43, GATE_PORT = 0x61;
    public static final long FREQUENCY = 1193182;
    private static final int GATE = 0x01, SPEAKER = 0x02, OUT2 = 0x20;
    /** Channel 2, low then high byte, mode 0 (interrupt on terminal count), binary. */
    private static final int MODE0_CHANNEL2 = 0xB0;
    private static final long MAX_MICROS = 50000;

    /** Starts a one-shot of micros microseconds (at most 50 ms). */
    public static void start(long micros) {
        if (micros > MAX_MICROS) micros = MAX_MICROS;
        long count = micros * FREQUENCY / 1000000;
        if (count < 1) count = 1;
        int gate = Cpu.in8(GATE_PORT) & 0xFF;
        Cpu.out8(GATE_PORT, (byte) (gate & ~(GATE | SPEAKER)));
        Cpu.out8(COMMAND, (byte) MODE0_CHANNEL2);
        Cpu.out8(CHANNEL2, (byte) count);
        Cpu.out8(CHANNEL2, (byte) (count >>> 8));
        Cpu.out8(GATE_PORT, (byte) ((gate & ~SPEAKER) | GATE));
    }

    /** True once the shot started by {@link #start} has elapsed. */
    public static boolean expired() {
        return (Cpu.in8(GATE_PORT) & OUT2) != 0;
    }

    /** Waits micros microseconds. */
    public static void delay(long micros) {
        while (micros > 0) {
            long shot = micros > MAX_MICROS ? MAX_MICROS : micros;
            start(shot);
            while (!expired()) Cpu.pause();
            micros -= shot;
        }
    }
}

package jos.kernel.time;

import jos.hw.Cpu;

/**
 * The 8254 programmable interval timer's channel 2 as a one-shot stopwatch for calibration: gated on
 * through port 0x61 (speaker off), mode 0 counts down once from the count written, and OUT2 (port 0x61
 * bit 5) rises when it reaches zero. The wait is bounded, and a PIT whose OUT2 rises at once (no PIT:
 * the port reads all ones) or never is reported as a failure, not waited on.
 */
final class Pit {
    /** The PIT's input clock. */
    static final int FREQUENCY_HZ = 1_193_182;

    private static final int CHANNEL2_DATA = 0x42, COMMAND = 0x43, PORT_B = 0x61;
    /** Port 0x61: channel 2 gate, speaker data enable, channel 2 output. */
    private static final int GATE2 = 0x01, SPEAKER = 0x02, OUT2 = 0x20;
    /** Command: channel 2, low then high byte, mode 0 (interrupt on terminal count), binary. */
    private static final int CHANNEL2_ONE_SHOT = 0xb0;
    /** Fewer polls than this means OUT2 was already high; a port read takes about a microsecond. */
    static final int MIN_POLLS = 100;
    /** About a second of polls: OUT2 never rose. */
    static final int MAX_POLLS = 1 << 20;

    private Pit() {
    }

    /**
     * The TSC ticks that pass while channel 2 counts count ticks (at most 0xffff), or -1 when the PIT
     * did not behave. Port 0x61 is restored afterwards.
     */
    static long tscTicksDuring(int count) {
        int portB = Cpu.in8(PORT_B) & 0xff;
        Cpu.out8(PORT_B, (byte) (portB & ~SPEAKER | GATE2));
        Cpu.out8(COMMAND, (byte) CHANNEL2_ONE_SHOT);
        Cpu.out8(CHANNEL2_DATA, (byte) count);
        Cpu.out8(CHANNEL2_DATA, (byte) (count >>> 8));
        long start = Cpu.rdtsc();
        int polls = 0;
        while ((Cpu.in8(PORT_B) & OUT2) == 0 && polls < MAX_POLLS) polls++;
        long end = Cpu.rdtsc();
        Cpu.out8(PORT_B, (byte) portB);
        if (polls < MIN_POLLS || polls >= MAX_POLLS) return -1;
        return end - start;
    }
}

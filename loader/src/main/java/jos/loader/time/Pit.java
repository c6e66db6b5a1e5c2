package jos.loader.time;

import jos.hw.Cpu;
import jos.x86.PitPorts;

/**
 * Channel 2 of the 8254 PIT as a one-shot timer (mode 0, gate through port 0x61, its output read back
 * in port 0x61 bit 5), counting at 1.193182 MHz. One shot lasts at most 54 ms; longer waits are
 * several shots. Without a PIT the port reads all ones, so waits end at once instead of hanging. The
 * ports and commands are jos.x86's ({@link PitPorts}).
 */
public final class Pit {
    private Pit() {
    }

    private static final int CHANNEL2 = PitPorts.CHANNEL2_DATA, COMMAND = PitPorts.COMMAND, GATE_PORT = PitPorts.PORT_B;
    private static final long FREQUENCY = PitPorts.FREQUENCY_HZ;
    private static final int GATE = PitPorts.PORT_B_GATE2, SPEAKER = PitPorts.PORT_B_SPEAKER, OUT2 = PitPorts.PORT_B_OUT2;
    private static final int MODE0_CHANNEL2 = PitPorts.CHANNEL2_MODE0;
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

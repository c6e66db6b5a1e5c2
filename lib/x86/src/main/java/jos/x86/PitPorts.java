package jos.x86;

/**
 * The 8254 programmable interval timer's I/O ports and command bytes (8254 data sheet), and port 0x61
 * (NMI status and control) which gates channel 2 and reads its output. Programming is the loader's and
 * the kernel's.
 */
public final class PitPorts {
    private PitPorts() {
    }

    /** The PIT's input clock. */
    public static final int FREQUENCY_HZ = 1_193_182;

    public static final int CHANNEL2_DATA = 0x42, COMMAND = 0x43, PORT_B = 0x61;
    /** Port 0x61: channel 2 gate, speaker data enable, channel 2 output (read only). */
    public static final int PORT_B_GATE2 = 0x01, PORT_B_SPEAKER = 0x02, PORT_B_OUT2 = 0x20;
    /** Command: channel 2, low then high byte, mode 0 (interrupt on terminal count), binary; channel 2's counter latch. */
    public static final int CHANNEL2_MODE0 = 0xB0, CHANNEL2_LATCH = 0x80;
}

package jos.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record header and the ANSI colours around a record on the serial console. */
class LogRecordTest {
    static final String ESC = "\u001b";

    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() {
        ConsoleState.reset();
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
    }

    @AfterEach
    void tearDown() {
        ConsoleState.reset();
        machine.close();
    }

    String header(long nanos, int level, int cpuId, int cpuCount) {
        int slot = LineBuffers.DIRECT;
        LineBuffers.start(slot, level);
        LogRecord.header(slot, nanos, level, cpuId, cpuCount);
        LineBuffers.end(slot);
        return serial.text().replaceAll(ESC + "\\[[0-9;]*m", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|[   0.000000] I cpu 0:",
            "999|[   0.000000] I cpu 0:",
            "1000|[   0.000001] I cpu 0:",
            "1234567890|[   1.234567] I cpu 0:",
            "59999999999|[  59.999999] I cpu 0:",
            "9999000000000|[9999.000000] I cpu 0:",
            "12345678901000|[12345.678901] I cpu 0:",
            "-1|[18446744073.709551] I cpu 0:"})
    void timeIsSecondsAndMicroseconds(long nanos, String expected) {
        assertEquals(expected + " \n", header(nanos, LogLevel.INFO, 0, 1));
    }

    @ParameterizedTest
    @CsvSource({"1, E", "2, W", "3, I", "4, D"})
    void levelLetters(int level, String letter) {
        assertEquals("[   0.000000] " + letter + " cpu 0: \n", header(0, level, 0, 1));
    }

    @ParameterizedTest
    @CsvSource({
            "1, 0, 0", "4, 0, 0", "4, 3, 3", "16, 0, 0", "16, 15, f", "17, 16, 10", "17, 3, 03",
            "64, 0, 00", "64, 3, 03", "64, 63, 3f", "256, 3, 03", "256, 255, ff", "257, 3, 003", "257, 256, 100",
            "4, 300, 12c"})
    void cpuIdIsHexPaddedToTheHighestId(int cpuCount, int cpuId, String expected) {
        assertEquals("[   0.000000] I cpu " + expected + ": \n", header(0, LogLevel.INFO, cpuId, cpuCount));
    }

    @Test
    void cpuIdDigits() {
        assertEquals(1, LogRecord.cpuIdDigits(1));
        assertEquals(1, LogRecord.cpuIdDigits(4));
        assertEquals(1, LogRecord.cpuIdDigits(16));
        assertEquals(2, LogRecord.cpuIdDigits(64));
        assertEquals(2, LogRecord.cpuIdDigits(256));
        assertEquals(3, LogRecord.cpuIdDigits(257));
        assertEquals(1, LogRecord.cpuIdDigits(0));
    }

    @Test
    void eachLevelHasItsAnsiColourAndTheLineEndsWithAReset() {
        Log.setThreshold(Log.DEBUG);
        Log.error("e");
        Log.warn("w");
        Log.info("i");
        Log.debug("d");
        assertEquals(ESC + "[1;31m[   0.000000] E cpu 0: e" + ESC + "[0m\n"
                + ESC + "[1;33m[   0.000000] W cpu 0: w" + ESC + "[0m\n"
                + ESC + "[37m[   0.000000] I cpu 0: i" + ESC + "[0m\n"
                + ESC + "[90m[   0.000000] D cpu 0: d" + ESC + "[0m\n", serial.text());
    }

    @Test
    void plainLinesHaveNoHeaderAndNoColour() {
        Log.println("limine: plain");
        assertEquals("limine: plain\n", serial.text());
    }

    @Test
    void recordsAreBuiltFromPieces() {
        Log.begin(Log.WARN);
        Log.print("x ");
        Log.dec(1234);
        Log.print(" ");
        Log.dec(7, 3);
        Log.print(" ");
        Log.hex(0xbeef);
        Log.print(" ");
        Log.hex(0xbeef, 8);
        Log.end();
        assertEquals(ESC + "[1;33m[   0.000000] W cpu 0: x 1234 007 0xbeef 0x0000beef" + ESC + "[0m\n", serial.text());
    }

    @Test
    void recordsBelowTheThresholdAreDroppedWholly() {
        Log.begin(Log.DEBUG);
        Log.print("hidden ");
        Log.dec(5);
        Log.end();
        Log.debug("hidden too");
        Log.info("shown");
        assertEquals(ESC + "[37m[   0.000000] I cpu 0: shown" + ESC + "[0m\n", serial.text());
    }

    @Test
    void aRecordStartedOnAnUnfinishedLineEndsThatLineFirst() {
        Log.print("partial");
        Log.info("record");
        assertEquals("partial\n" + ESC + "[37m[   0.000000] I cpu 0: record" + ESC + "[0m\n", serial.text());
    }
}

package jos.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogTest {
    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 99, 100, 65536, 1044770816L, Long.MAX_VALUE, Long.MIN_VALUE, -1, -10, 0x8000_0000_0000_0009L})
    void decimalIsUnsigned(long v) {
        Log.dec(v);
        assertEquals(Long.toUnsignedString(v), serial.text());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 0xf, 0x10, 0xf5230, 0xffff800000000000L, -1})
    void hexHasNoPaddingUnlessAsked(long v) {
        Log.hex(v);
        assertEquals("0x" + Long.toHexString(v), serial.text());
    }

    @Test
    void hexPadsToTheDigitsAsked() {
        Log.hex(0xf5230, 8);
        Log.hex(0x123456789L, 8);
        assertEquals("0x000f52300x123456789", serial.text());
    }

    @Test
    void linesEndWithCrLfAndStringsAreCopiedFromMemory() {
        long at = machine.memory().map(0x5000, 16);
        Memory.write8(at, (byte) 'o');
        Memory.write8(at + 1, (byte) 'k');
        Log.print("a\nb ");
        Log.cString(at);
        Log.cString(0);
        Log.println("");
        assertEquals("a\nb ok(null)\n", serial.text());
    }
}

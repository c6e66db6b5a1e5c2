package jos.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.Test;

class SerialTest {
    @Test
    void withAFifoTheStatusIsReadOncePerSixteenBytes() {
        try (Machine m = Machine.install()) {
            SerialCapture uart = SerialCapture.attach(m, Serial.COM1);
            Serial.init(Serial.COM1);
            Serial.print("0123456789abcdef0123456789ABCDEF");
            assertEquals(2, uart.statusReads());
            assertEquals("0123456789abcdef0123456789ABCDEF", uart.text());
        }
    }

    @Test
    void withoutAFifoEveryByteWaitsForTheTransmitter() {
        try (Machine m = Machine.install()) {
            SerialCapture uart = SerialCapture.attach(m, Serial.COM1).withoutFifo();
            Serial.init(Serial.COM1);
            Serial.print("0123456789");
            assertEquals(10, uart.statusReads());
            assertEquals("0123456789", uart.text());
        }
    }

    @Test
    void aMemoryMappedUartIsDrivenWithItsStrideAndAccessWidth() {
        try (Machine m = Machine.install()) {
            long base = m.memory().map(0xfedc_6000L, 0x1000);
            jos.hw.Memory.write32(base + 5 * 4, 0x60);          // line status: transmitter empty
            Serial.initMmio(base, 4, 4, 9600);
            assertEquals(0x03, jos.hw.Memory.read32(base + 3 * 4), "8N1 in the line control register, 4 bytes apart");
            assertEquals(0x03, jos.hw.Memory.read32(base + 4 * 4), "DTR and RTS");
            assertEquals(0, jos.hw.Memory.read32(base + 1 * 4), "interrupts off (the divisor's high byte was 0)");
            Serial.print("ok");
            assertEquals('k', jos.hw.Memory.read32(base), "characters go to the data register as 32-bit writes");
            Serial.init(Serial.COM1);                           // back to port I/O for the other tests
        }
    }
}

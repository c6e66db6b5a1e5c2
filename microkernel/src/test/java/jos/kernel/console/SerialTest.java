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
}

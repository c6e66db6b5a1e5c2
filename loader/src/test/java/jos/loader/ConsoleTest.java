package jos.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import jos.loader.testing.Sim;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    @Test
    void printsNumbersAndStrings() {
        try (Machine m = Machine.install()) {
            Sim.Serial serial = Sim.Serial.attach(m);
            Console.init();
            Console.print("a\n");
            Console.printHex(0);
            Console.print(" ");
            Console.printHex(0xffffffff80000000L);
            Console.print(" ");
            Console.printDec(0);
            Console.print(" ");
            Console.printDec(-5);
            Console.print(" ");
            Console.printDec(Long.MIN_VALUE);
            Console.print(" ");
            Console.printDec(1234567890123L);
            assertEquals("a\r\n0x0 0xffffffff80000000 0 -5 -9223372036854775808 1234567890123", serial.text());
            assertEquals(0x80, m.ports().log().stream().filter(a -> a.port() == 0x3FB).findFirst().orElseThrow().value(),
                    "divisor latch first");
        }
    }
}

package jos.kernel.boot.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "qemu-exit=0|0", "qemu-exit=17|17", "a=1 qemu-exit=3 b=2|3", "qemu-exit=3 qemu-exit=4|3",
            "qemu-exit=|-1", "qemu-exit=x|-1", "qemu-exit=2147483648|-1", "qemu-exit=2147483647|2147483647",
            "noqemu-exit=5|-1", "qemu-exit5|-1", "qemu-exit|-1", "' '|-1", "''|-1"})
    void parsesNamedDecimalOptions(String line, int expected) {
        try (Machine m = Machine.install()) {
            byte[] b = line.getBytes(StandardCharsets.US_ASCII);
            long at = m.memory().map(0x1000, b.length + 1);
            for (int i = 0; i < b.length; i++) Memory.write8(at + i, b[i]);
            assertEquals(expected, CommandLine.intOption(at, "qemu-exit"));
        }
    }

    @ParameterizedTest
    @CsvSource({"0"})
    void noCommandLineMeansNoOption(long address) {
        assertEquals(-1, CommandLine.intOption(address, "qemu-exit"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "init=/boot/x.elf|/boot/x.elf", "qemu-exit=0 init=/boot/a b=1|/boot/a", "init=/a init=/b|/a",
            "init=|", "noinit=/a|", "init|", "initx=/a|", "' '|", "''|"})
    void findsAStringOptionsValue(String line, String expected) {
        try (Machine m = Machine.install()) {
            byte[] b = line.getBytes(StandardCharsets.US_ASCII);
            long at = m.memory().map(0x1000, b.length + 1);
            for (int i = 0; i < b.length; i++) Memory.write8(at + i, b[i]);
            long value = CommandLine.option(at, "init");
            if (expected == null) {
                assertEquals(0, value, "absent: " + line);
                return;
            }
            int n = CommandLine.valueLength(value);
            byte[] got = new byte[n];
            for (int i = 0; i < n; i++) got[i] = Memory.read8(value + i);
            assertEquals(expected, new String(got, StandardCharsets.US_ASCII));
        }
        assertEquals(0, CommandLine.option(0, "init"), "no command line");
    }
}

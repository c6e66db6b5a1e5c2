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
}

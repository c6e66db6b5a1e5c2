package jos.loader.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.sim.Machine;
import org.junit.jupiter.api.Test;

class GdtTest {
    @Test
    void descriptorsAreThoseTheProtocolLists() {
        try (Machine m = Machine.install()) {
            m.memory().map(0x1000, 0x100);
            Gdt.build(0x1000, 0x1040, 0xffff800000001000L);
            assertEquals(0, m.memory().read64(0x1000));
            assertEquals(0x00009a000000ffffL, m.memory().read64(0x1008), "16-bit code, base 0, limit 0xffff, readable");
            assertEquals(0x000092000000ffffL, m.memory().read64(0x1010), "16-bit data, writable");
            assertEquals(0x00cf9a000000ffffL, m.memory().read64(0x1018), "32-bit code, 4 GiB");
            assertEquals(0x00cf92000000ffffL, m.memory().read64(0x1020), "32-bit data, 4 GiB");
            assertEquals(0x00af9a000000ffffL, m.memory().read64(0x1028), "64-bit code (L set, D clear)");
            assertEquals(0x00cf92000000ffffL, m.memory().read64(0x1030), "64-bit data");
            assertEquals(55, m.memory().read16(0x1040));
            assertEquals(0xffff800000001000L, m.memory().read64(0x1042));
        }
    }

}

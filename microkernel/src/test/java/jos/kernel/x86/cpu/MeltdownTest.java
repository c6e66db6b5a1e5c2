package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MeltdownTest {
    /** The three vendor registers of CPUID leaf 0 (ebx, edx, ecx) for a vendor string. */
    private static int[] vendor(String name) {
        ByteBuffer b = ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).order(ByteOrder.LITTLE_ENDIAN);
        return new int[] {b.getInt(0), b.getInt(4), b.getInt(8)};
    }

    private static boolean affected(String name, boolean hasArchCapabilities, long capabilities) {
        int[] v = vendor(name);
        return Meltdown.affected(v[0], v[1], v[2], hasArchCapabilities, capabilities);
    }

    @Test
    void amdAndHygonAreNotAffected() {
        assertFalse(affected("AuthenticAMD", false, 0));
        assertFalse(affected("HygonGenuine", false, 0));
        assertFalse(affected("AuthenticAMD", true, 0));
    }

    @Test
    void intelIsAffectedUnlessItSaysRdclNo() {
        assertTrue(affected("GenuineIntel", false, 0));
        assertTrue(affected("GenuineIntel", true, 0b1110));
        assertFalse(affected("GenuineIntel", true, 1));
        assertFalse(affected("GenuineIntel", true, 0b1011));
    }

    @Test
    void anUnknownVendorIsTakenToBeAffected() {
        assertTrue(affected("CentaurHauls", false, 0));
        assertTrue(affected("TCGTCGTCGTCG", false, 0));
        assertFalse(affected("TCGTCGTCGTCG", true, 1));
    }
}

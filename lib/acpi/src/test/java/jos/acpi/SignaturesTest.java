package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignaturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"APIC", "HPET", "SPCR", "FACP", "WAET", "MCFG", "XSDT", "RSDT", "DSDT", "FACS", "SSDT"})
    void constantsAreTheBytesAsTheyLieInMemory(String name) throws ReflectiveOperationException {
        int inMemory = ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertEquals(inMemory, Signatures.of(name));
        assertEquals(inMemory, Signatures.class.getField(name).getInt(null));
        StringBuilder back = new StringBuilder();
        for (int i = 0; i < 4; i++) back.append(Signatures.printableAt(inMemory, i));
        assertEquals(name, back.toString());
        assertTrue(Signatures.isPrintable(inMemory));
    }

    @Test
    void badNamesAndBytes() {
        assertEquals(0, Signatures.of("API"));
        assertEquals(0, Signatures.of("APICS"));
        assertEquals(0, Signatures.of(null));
        assertEquals(0, Signatures.of("AP\u00e9C"));
        int odd = 0x00414243;
        assertEquals('?', Signatures.printableAt(odd, 3));
        assertFalse(Signatures.isPrintable(odd));
    }
}

package jos.acpi;

import jos.hw.Layouts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutsTest {
    @ParameterizedTest
    @ValueSource(classes = {Rsdp.class, SdtHeader.class, Madt.class, MadtEntry.class, MadtEntry.LocalApic.class, MadtEntry.IoApic.class,
            MadtEntry.InterruptSourceOverride.class, MadtEntry.NmiSource.class, MadtEntry.LocalApicNmi.class,
            MadtEntry.LocalApicAddressOverride.class, MadtEntry.LocalX2Apic.class, MadtEntry.LocalX2ApicNmi.class, GenericAddress.class,
            Hpet.class, Spcr.class})
    void everyStructMatchesItsDeclaredLayout(Class<?> type) {
        Layouts.verify(type);
    }
}

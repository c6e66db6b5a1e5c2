package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MadtTest extends SimTest {
    static final long AT = 0x7fe4000, LIMIT = 1 << 20;

    /** 4 CPUs (one only online-capable), an I/O APIC, 2 overrides, NMIs, and x2APIC entries. */
    static AcpiImages.Madt machineWithEverything() {
        return new AcpiImages.Madt(0xfee00000L, Madt.PCAT_COMPAT).revision(5)
                .localApic(0, 0, 1).localApic(1, 1, 1).localApic(2, 2, 1).localApic(3, 6, 2)
                .localApic(4, 7, 0) // absent
                .ioApic(2, 0xfec00000L, 0)
                .override(0, 0, 2, 0)
                .override(0, 9, 9, 0xd) // active high, level
                .localApicNmi(0xff, 5, 1)
                .x2apic(300, 1, 40).x2apic(301, 0, 41)
                .x2apicNmi(0xf, 0xffffffff, 1);
    }

    /** One line per entry, as a kernel might log it. */
    List<String> walk(long madt) {
        List<String> out = new ArrayList<>();
        for (long e = Madt.first(madt, problem); e != 0; e = Madt.next(madt, e, problem)) {
            switch (MadtEntry.type(e)) {
                case MadtEntry.LOCAL_APIC -> out.add(String.format("lapic uid=%d id=%d enabled=%b online=%b usable=%b",
                        MadtEntry.LocalApic.processorUid(e), MadtEntry.LocalApic.apicId(e), MadtEntry.LocalApic.enabled(e),
                        MadtEntry.LocalApic.onlineCapable(e), MadtEntry.LocalApic.usable(madt, e)));
                case MadtEntry.IO_APIC -> out.add(String.format("ioapic id=%d address=%x gsi=%d", MadtEntry.IoApic.id(e),
                        MadtEntry.IoApic.address(e), MadtEntry.IoApic.gsiBase(e)));
                case MadtEntry.INTERRUPT_SOURCE_OVERRIDE -> {
                    int flags = MadtEntry.InterruptSourceOverride.flags(e);
                    out.add(String.format("override bus=%d irq=%d gsi=%d polarity=%d trigger=%d", MadtEntry.InterruptSourceOverride.bus(e),
                            MadtEntry.InterruptSourceOverride.source(e), MadtEntry.InterruptSourceOverride.gsi(e),
                            InterruptFlags.polarity(flags), InterruptFlags.trigger(flags)));
                }
                case MadtEntry.LOCAL_APIC_NMI -> out.add(String.format("nmi uid=%d flags=%d lint=%d", MadtEntry.LocalApicNmi.processorUid(e),
                        MadtEntry.LocalApicNmi.flags(e), MadtEntry.LocalApicNmi.lint(e)));
                case MadtEntry.LOCAL_X2APIC -> out.add(String.format("x2apic uid=%d id=%d usable=%b", MadtEntry.LocalX2Apic.processorUid(e),
                        MadtEntry.LocalX2Apic.x2apicId(e), MadtEntry.LocalX2Apic.usable(madt, e)));
                case MadtEntry.LOCAL_X2APIC_NMI -> out.add(String.format("x2nmi uid=%x flags=%d lint=%d",
                        MadtEntry.LocalX2ApicNmi.processorUid(e), MadtEntry.LocalX2ApicNmi.flags(e), MadtEntry.LocalX2ApicNmi.lint(e)));
                case MadtEntry.LOCAL_APIC_ADDRESS_OVERRIDE -> out.add(String.format("lapic address %x",
                        MadtEntry.LocalApicAddressOverride.address(e)));
                default -> out.add("type " + MadtEntry.type(e) + " length " + MadtEntry.length(e));
            }
        }
        return out;
    }

    @Test
    void everyEntryTypeIsDecoded() {
        map(AT, machineWithEverything().raw(0x7f, 3, 0).build()); // plus an unknown type, skipped by its length
        assertTrue(Madt.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(0xfee00000L, Madt.localApicAddress(AT, problem));
        assertTrue(Madt.pcatCompat(AT));
        assertEquals(List.of("lapic uid=0 id=0 enabled=true online=false usable=true", "lapic uid=1 id=1 enabled=true online=false usable=true",
                "lapic uid=2 id=2 enabled=true online=false usable=true", "lapic uid=3 id=6 enabled=false online=true usable=true",
                "lapic uid=4 id=7 enabled=false online=false usable=false", "ioapic id=2 address=fec00000 gsi=0",
                "override bus=0 irq=0 gsi=2 polarity=0 trigger=0",
                "override bus=0 irq=9 gsi=9 polarity=" + InterruptFlags.ACTIVE_HIGH + " trigger=" + InterruptFlags.LEVEL,
                "nmi uid=255 flags=5 lint=1", "x2apic uid=40 id=300 usable=true", "x2apic uid=41 id=301 usable=false",
                "x2nmi uid=ffffffff flags=15 lint=1", "type 127 length 3"), walk(AT));
        assertEquals(5, Madt.processorCount(AT, problem), "4 local APICs (one online-capable) and one x2APIC");
        assertNull(Problem.message(problem), "a clean walk records no problem");
    }

    @Test
    void onlineCapableNeedsRevision5() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).revision(4).localApic(0, 0, 1).localApic(1, 1, 2).x2apic(300, 2, 9).build());
        assertTrue(Madt.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertFalse(Madt.pcatCompat(AT));
        assertEquals(1, Madt.processorCount(AT, problem));
    }

    @Test
    void theAddressOverrideWins() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).addressOverride(0x1_fee0_0000L).build());
        assertTrue(Madt.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(0xfee00000L, Madt.localApicAddress32(AT));
        assertEquals(0x1_fee0_0000L, Madt.localApicAddress(AT, problem));
    }

    @Test
    void anEmptyEntryListIsValid() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).build());
        assertTrue(Madt.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(0, Madt.first(AT, problem));
        assertEquals(0, Madt.processorCount(AT, problem));
    }

    @Test
    void aBadChecksumIsRefused() {
        byte[] image = machineWithEverything().build();
        image[50]++;
        map(AT, image);
        refused(Madt.check(AT, LIMIT, problem), "ACPI table: checksum is wrong");
        assertEquals(Signatures.APIC, Problem.signature(problem));
    }

    @Test
    void lengthsShorterThanTheHeaderOrFixedPartAreRefused() {
        map(AT, AcpiImages.fix(AcpiImages.withLength(machineWithEverything().build(), 30)));
        refused(Madt.check(AT, LIMIT, problem), "ACPI table: length is shorter than the header");
        assertEquals(30, Problem.value(problem));
        map(AT + 0x1000, AcpiImages.table("APIC", 1, new byte[4]));
        refused(Madt.check(AT + 0x1000, LIMIT, problem), "ACPI table: length is shorter than the table's fixed part");
        map(AT + 0x2000, machineWithEverything().build());
        refused(Madt.check(AT + 0x2000, 100, problem), "ACPI table: length is beyond the caller's limit");
    }

    @Test
    void anEntryOfLengthZeroIsRefused() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).raw(0, 0, 0, 0, 0, 0, 0, 0).build());
        refused(Madt.check(AT, LIMIT, problem), "MADT: entry length is below 2; offset");
        assertEquals(52, Problem.value(problem));
    }

    @Test
    void anEntryRunningPastTheTableIsRefused() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).raw(1, 12, 0, 0, 0, 0).build());
        refused(Madt.check(AT, LIMIT, problem), "MADT: entry runs past the table end; offset");
        assertEquals(52, Problem.value(problem));
        map(AT + 0x1000, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).raw(1).build());
        refused(Madt.check(AT + 0x1000, LIMIT, problem), "MADT: entry header runs past the table end; offset");
    }

    @Test
    void entriesShorterThanTheirTypeAreRefused() {
        int[][] truncated = {{0, 6, 0, 0, 1, 0}, {1, 8, 0, 0, 0, 0, 0xc0, 0xfe}, {2, 8, 0, 0, 2, 0, 0, 0}, {4, 5, 0xff, 0, 0},
                {5, 8, 0, 0, 0, 0, 0, 0}, {9, 12, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}, {0xA, 8, 0, 0, 0, 0, 0, 0}};
        long at = AT;
        for (int[] entry : truncated) {
            map(at, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).raw(entry).build());
            refused(Madt.check(at, LIMIT, problem), "MADT: entry is shorter than its type requires; offset");
            assertEquals(52, Problem.value(problem), "type " + entry[0]);
            at += 0x1000;
        }
    }

    @Test
    void iterationStopsAtABadEntryEvenWithoutCheck() {
        map(AT, new AcpiImages.Madt(0xfee00000L, 0).localApic(0, 0, 1).raw(0, 0).localApic(1, 1, 1).build());
        long e = Madt.first(AT, problem);
        assertEquals(AT + Madt.ENTRIES, e);
        assertEquals(0, Madt.next(AT, e, problem));
        assertEquals("MADT: entry length is below 2; offset", Problem.message(problem));
        assertEquals(1, Madt.processorCount(AT, problem));
    }

    @Test
    void aTruncatedBodyIsRefused() {
        byte[] whole = machineWithEverything().build();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 5); // the last entry cut, length adjusted
        map(AT, AcpiImages.fix(AcpiImages.withLength(truncated, truncated.length)));
        refused(Madt.check(AT, LIMIT, problem), "MADT: entry runs past the table end; offset");
    }
}

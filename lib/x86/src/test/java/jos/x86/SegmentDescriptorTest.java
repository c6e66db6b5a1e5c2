package jos.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Descriptor encodings against values worked out by hand from the SDM's bit layout. */
class SegmentDescriptorTest {
    @Test
    void flatSegmentsAreTheWellKnownValues() {
        // limit 0xfffff, base 0; access 0x9a / 0x92 / 0xfa / 0xf2; flags G|L = 0xa for code, G|D = 0xc for data.
        assertEquals(0x00AF9A000000FFFFL, SegmentDescriptor.code64(0));
        assertEquals(0x00CF92000000FFFFL, SegmentDescriptor.data(0));
        assertEquals(0x00AFFA000000FFFFL, SegmentDescriptor.code64(3));
        assertEquals(0x00CFF2000000FFFFL, SegmentDescriptor.data(3));
    }

    @Test
    void tssDescriptorSplitsTheBase() {
        long base = 0xffff_8000_0012_3450L;
        // limit 0x67 | base[23:0] 0x123450 << 16 | access 0x89 (present, type 9) << 40 | base[31:24] 0x00 << 56
        assertEquals(0x0000_8912_3450_0067L, SegmentDescriptor.tssLow(base, 103));
        assertEquals(0xffff_8000L, SegmentDescriptor.tssHigh(base));
        long other = 0xffff_ffff_8765_4321L;
        assertEquals(0x8700_8965_4321_0067L, SegmentDescriptor.tssLow(other, 103));
        assertEquals(0xffff_ffffL, SegmentDescriptor.tssHigh(other));
    }

    @Test
    void generalEncodingPlacesEveryField() {
        // base 0x12345678, limit 0xabcde, type 3, DPL 2, no L, D/B, no G
        long d = SegmentDescriptor.codeOrData(0x12345678L, 0xABCDEL, 3, 2, false, true, false);
        assertEquals(0x124ad3345678bcdeL, d);
        assertEquals(0x12345678L, SegmentDescriptor.base(d));
        assertEquals(0xABCDEL, SegmentDescriptor.limit(d));
        assertEquals(3, SegmentDescriptor.type(d));
        assertEquals(2, SegmentDescriptor.dpl(d));
        assertTrue(SegmentDescriptor.present(d));
        assertTrue(SegmentDescriptor.isCodeOrData(d));
        assertFalse(SegmentDescriptor.isLong(d));
    }

    @Test
    void decodersReadBackTheFlatSegments() {
        long code = SegmentDescriptor.code64(3);
        assertEquals(SegmentDescriptor.TYPE_CODE_EXECUTE_READ, SegmentDescriptor.type(code));
        assertEquals(3, SegmentDescriptor.dpl(code));
        assertTrue(SegmentDescriptor.isLong(code));
        long tss = SegmentDescriptor.tssLow(0x1000, 103);
        assertFalse(SegmentDescriptor.isCodeOrData(tss));
        assertEquals(SegmentDescriptor.TYPE_TSS_AVAILABLE, SegmentDescriptor.type(tss));
        assertEquals(0x1000, SegmentDescriptor.base(tss));
        assertEquals(103, SegmentDescriptor.limit(tss));
    }
}

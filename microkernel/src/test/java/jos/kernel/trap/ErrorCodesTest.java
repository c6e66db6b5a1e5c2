package jos.kernel.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jos.hw.sim.Machine;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Selector error codes and page-fault error codes, decoded and printed. */
class ErrorCodesTest {
    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void vectorsWithErrorCodes() {
        List<Integer> withCode = new ArrayList<>(), selector = new ArrayList<>();
        for (int v = 0; v < 32; v++) {
            if (ErrorCodes.pushedByCpu(v)) withCode.add(v);
            if (ErrorCodes.isSelectorCode(v)) selector.add(v);
        }
        assertEquals(List.of(8, 10, 11, 12, 13, 14, 17, 21, 29, 30), withCode);
        assertEquals(List.of(10, 11, 12, 13), selector);
    }

    @Test
    void selectorFields() {
        long code = 0x6b; // index 13, IDT, external
        assertTrue(ErrorCodes.external(code));
        assertEquals(ErrorCodes.TABLE_IDT, ErrorCodes.table(code));
        assertEquals(13, ErrorCodes.index(code));
        assertEquals(ErrorCodes.TABLE_LDT, ErrorCodes.table(0x0c));
        assertEquals(ErrorCodes.TABLE_GDT, ErrorCodes.table(0x28));
        assertEquals(ErrorCodes.TABLE_IDT, ErrorCodes.table(0x06), "bit 1 wins over bit 2");
        assertFalse(ErrorCodes.external(0x28));
        assertEquals(0x1fff, ErrorCodes.index(0xfff8));
        assertEquals(0x28, ErrorCodes.selector(0x29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0x0000|error code 0x0000: no selector",
            "0x0001|error code 0x0001: no selector, external",
            "0x0028|error code 0x0028: GDT selector 0x0028",
            "0x0029|error code 0x0029: GDT selector 0x0028, external",
            "0x006a|error code 0x006a: IDT vector 13",
            "0x0102|error code 0x0102: IDT vector 32",
            "0x0103|error code 0x0103: IDT vector 32, external",
            "0x07fa|error code 0x07fa: IDT vector 255",
            "0x000c|error code 0x000c: LDT selector 0x000c",
            "0x0004|error code 0x0004: LDT selector 0x0004",
            "0xfff8|error code 0xfff8: GDT selector 0xfff8",
            "0x0018|error code 0x0018: GDT selector 0x0018"})
    void selectorCodesPrint(String code, String text) {
        ErrorCodes.printSelectorCode(Long.decode(code));
        assertEquals(text, serial.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0x00|not present, read, kernel, data",
            "0x01|protection violation, read, kernel, data",
            "0x02|not present, write, kernel, data",
            "0x03|protection violation, write, kernel, data",
            "0x04|not present, read, user, data",
            "0x07|protection violation, write, user, data",
            "0x10|not present, read, kernel, instruction fetch",
            "0x15|protection violation, read, user, instruction fetch",
            "0x09|protection violation, read, kernel, data, reserved bit",
            "0x27|protection violation, write, user, data, protection key",
            "0x43|protection violation, write, kernel, data, shadow stack",
            "0x8001|protection violation, read, kernel, data, sgx",
            "0x807f|protection violation, write, user, instruction fetch, reserved bit, protection key, shadow stack, sgx"})
    void pageFaultCodesPrint(String code, String text) {
        PageFaultError.print(Long.decode(code), 0xffff_8000_dead_b000L);
        assertEquals("address 0xffff8000deadb000, " + text, serial.text());
    }

    @Test
    void pageFaultBits() {
        long code = PageFaultError.WRITE | PageFaultError.USER | PageFaultError.INSTRUCTION_FETCH;
        assertFalse(PageFaultError.present(code));
        assertTrue(PageFaultError.write(code));
        assertTrue(PageFaultError.user(code));
        assertTrue(PageFaultError.instructionFetch(code));
        assertFalse(PageFaultError.reservedBit(code));
        assertFalse(PageFaultError.protectionKey(code));
        assertFalse(PageFaultError.shadowStack(code));
        assertFalse(PageFaultError.sgx(code));
        assertTrue(PageFaultError.present(1));
        assertTrue(PageFaultError.reservedBit(8));
        assertTrue(PageFaultError.protectionKey(0x20));
        assertTrue(PageFaultError.shadowStack(0x40));
        assertTrue(PageFaultError.sgx(0x8000));
    }
}

package jos.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import org.junit.jupiter.api.Test;

/** The MessageInfo word's fields round-trip and do not overlap; the IPC buffer's layout is two pages. */
class MessageInfoTest {
    @Test
    void fieldsRoundTrip() {
        long info = MessageInfo.registers(0xdead_beefL, 4, 3);
        assertEquals(0xdead_beefL, MessageInfo.label(info));
        assertEquals(4, MessageInfo.length(info));
        assertEquals(3, MessageInfo.caps(info));
        assertFalse(MessageInfo.inBuffer(info));
        long buffer = MessageInfo.buffer(1, IpcBuffer.DATA_BYTES, 0);
        assertTrue(MessageInfo.inBuffer(buffer));
        assertEquals(4096, MessageInfo.length(buffer));
        assertEquals(1, MessageInfo.label(buffer));
    }

    @Test
    void fieldsAndFlagsAreDisjoint() {
        long[] parts = {
                MessageInfo.LABEL_MASK << MessageInfo.LABEL_SHIFT,
                MessageInfo.LENGTH_MASK << MessageInfo.LENGTH_SHIFT,
                MessageInfo.CAPS_MASK << MessageInfo.CAPS_SHIFT,
                MessageInfo.BUFFER, MessageInfo.NOTIFICATION, MessageInfo.REPLY_FAILED};
        long seen = 0;
        for (long part : parts) {
            assertEquals(0, seen & part, "part 0x" + Long.toHexString(part) + " overlaps another");
            seen |= part;
        }
        assertTrue(MessageInfo.LENGTH_MASK >= IpcBuffer.DATA_BYTES, "the length field holds 4096");
        assertEquals(MessageInfo.MAX_CAPS, MessageInfo.CAPS_MASK);
    }

    @Test
    void validity() {
        assertTrue(MessageInfo.valid(MessageInfo.registers(5, 4, 3)));
        assertFalse(MessageInfo.valid(MessageInfo.registers(5, 5, 0)), "5 register words");
        assertTrue(MessageInfo.valid(MessageInfo.buffer(5, 4096, 0)));
        assertFalse(MessageInfo.valid(MessageInfo.buffer(5, 4097, 0)), "4097 bytes");
        assertFalse(MessageInfo.valid(MessageInfo.NOTIFICATION), "kernel-only flag");
        assertFalse(MessageInfo.valid(MessageInfo.REPLY_FAILED), "kernel-only flag");
        assertFalse(MessageInfo.valid(1L << 63), "unknown bit");
    }

    @Test
    void ipcBufferIsADataPageAndAControlPage() {
        Layouts.verify(IpcBuffer.class);
        assertEquals(2 * 4096, IpcBuffer.SIZE);
        assertEquals(IpcBuffer.DATA_BYTES, IpcBuffer.SEND_CAPS, "the data fill the first page; the control words start the second");
        assertEquals(0, IpcBuffer.DATA % 4096);
    }
}

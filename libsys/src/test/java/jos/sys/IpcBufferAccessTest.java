package jos.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.IpcBuffer;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * libsys's IPC buffer accessors on simulated memory: each reaches the field jos.abi.IpcBuffer declares
 * (data words and bytes, capabilities to send, those received, the badge), a received record's length and
 * label are MessageInfo's, and an index outside the buffer's fields is refused before any memory is touched.
 */
class IpcBufferAccessTest {
    static final long BUFFER = 0x4000_0000L, RECORD = 0x5000_0000L;
    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(BUFFER, IpcBuffer.SIZE);
        machine.memory().map(RECORD, IpcRegisters.SIZE);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void wordsAndBytesAreTheDataPage() {
        Ipc.putWord(BUFFER, 0, 11);
        Ipc.putWord(BUFFER, 511, 22);
        assertEquals(11, Memory.read64(BUFFER + IpcBuffer.DATA));
        assertEquals(22, Memory.read64(BUFFER + IpcBuffer.DATA + IpcBuffer.DATA_BYTES - 8), "the last word ends the page");
        assertEquals(22, Ipc.word(BUFFER, 511));
        byte[] bytes = {1, 2, 3, 4, 5};
        Ipc.putBytes(BUFFER, IpcBuffer.DATA_BYTES - 3, bytes, 2, 3);
        assertEquals(3, Memory.read8(BUFFER + IpcBuffer.DATA_BYTES - 3));
        assertEquals(5, Memory.read8(BUFFER + IpcBuffer.DATA_BYTES - 1));
        byte[] back = new byte[4];
        Ipc.getBytes(BUFFER, IpcBuffer.DATA_BYTES - 3, back, 1, 3);
        assertArrayEquals(new byte[] {0, 3, 4, 5}, back);
    }

    @Test
    void capabilitiesAndTheBadgeAreTheControlPage() {
        for (int i = 0; i < MessageInfo.MAX_CAPS; i++) Ipc.putCapability(BUFFER, i, 0x1000 + i);
        for (int i = 0; i < MessageInfo.MAX_CAPS; i++) assertEquals(0x1000 + i, Memory.read64(BUFFER + IpcBuffer.SEND_CAPS + 8L * i));
        Memory.write64(BUFFER + IpcBuffer.RECEIVED_CAPS + 16, 0x3007);
        Memory.write64(BUFFER + IpcBuffer.BADGE, 0xbad9e);
        assertEquals(0x3007, Ipc.receivedCapability(BUFFER, 2));
        assertEquals(0xbad9e, Ipc.badge(BUFFER));
        assertEquals(0, Memory.read64(BUFFER + IpcBuffer.DATA), "the data page untouched");
    }

    @Test
    void aRecordsLengthAndLabelAreItsMessageInfos() {
        Memory.write64(RECORD + IpcRegisters.INFO, MessageInfo.buffer(0x1234_5678L, IpcBuffer.DATA_BYTES, 2));
        assertEquals(IpcBuffer.DATA_BYTES, Ipc.length(RECORD));
        assertEquals(0x1234_5678L, Ipc.label(RECORD));
        Memory.write64(RECORD + IpcRegisters.INFO, MessageInfo.registers(3, 4, 0));
        assertEquals(4, Ipc.length(RECORD), "words for a register message");
    }

    @Test
    void anIndexOutsideTheBuffersFieldsIsRefusedNamingIt() {
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> Ipc.putWord(BUFFER, 512, 1)).getMessage().contains("word 512"));
        assertThrows(IndexOutOfBoundsException.class, () -> Ipc.word(BUFFER, -1));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> Ipc.putBytes(BUFFER, 4095, new byte[2], 0, 2))
                .getMessage().contains("bytes 4095 + 2"));
        assertThrows(IndexOutOfBoundsException.class, () -> Ipc.getBytes(BUFFER, -1, new byte[2], 0, 1));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> Ipc.putCapability(BUFFER, 3, 1)).getMessage().contains("capability 3"));
        assertThrows(IndexOutOfBoundsException.class, () -> Ipc.receivedCapability(BUFFER, -1));
        assertEquals(0, Memory.read64(BUFFER + IpcBuffer.SEND_CAPS + 24), "nothing written past the send handles");
    }
}

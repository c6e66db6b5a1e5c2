package jos.abi;

import jos.hw.CConstants;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * A thread's IPC buffer (abi.md, "Messages"): two pages. The first is the message data, so a full
 * 4096-byte message is exactly one page and the kernel copies it page to page; the second holds what
 * does not fit in registers besides the data: the handles of the capabilities to send, the handles the
 * kernel gave for the capabilities received, and the badge of the last message received. Keeping the
 * control words out of the data page means a message never has to be shifted to make room for them.
 * A thread maps its buffer with the ipc_buffer call ({@link Calls#IPC_BUFFER}) at an address it chooses
 * or the kernel finds; the frames are the kernel's, lent to the thread until it ends.
 */
@Struct(size = IpcBuffer.SIZE)
@CConstants(prefix = "JOS_IPC_BUFFER_")
public final class IpcBuffer {
    /** The message bytes of a buffer message (MessageInfo BUFFER). */
    @Field(value = Type.U64, count = 512) public static final int DATA = 0;
    public static final int DATA_BYTES = 4096;
    /** The handles of the capabilities to send (MessageInfo's count of them), written by the sender. */
    @Field(value = Type.U64, count = MessageInfo.MAX_CAPS) public static final int SEND_CAPS = 4096;
    /** The handles of the capabilities received, written by the kernel on a receive. */
    @Field(value = Type.U64, count = MessageInfo.MAX_CAPS) public static final int RECEIVED_CAPS = 4120;
    /** The badge of the last message received (also returned in rdi), written by the kernel. */
    @Field(Type.U64) public static final int BADGE = 4144;
    /** Unused to the end of the control page. */
    @Field(value = Type.U64, count = 505) public static final int RESERVED = 4152;

    public static final int SIZE = 8192;

    private IpcBuffer() {
    }
}

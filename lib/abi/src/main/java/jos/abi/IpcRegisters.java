package jos.abi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * The registers of an IPC call kept in memory (abi.md, "Messages"), so a program's IPC stub (libsys
 * jos.sys.Ipc) needs no more than three arguments and returns every received register without
 * allocating: the stub loads the MessageInfo and words 0-3 from here into rsi, rdx, r10, r8, r9, makes
 * the call, and stores what comes back (MessageInfo, badge, words) in the same record.
 */
@Struct(size = IpcRegisters.SIZE)
public final class IpcRegisters {
    /** The MessageInfo: sent from rsi, received into rsi. */
    @Field(Type.U64) public static final int INFO = 0;
    /** The badge received (rdi); not sent. */
    @Field(Type.U64) public static final int BADGE = 8;
    /** Words 0-3: rdx, r10, r8, r9. */
    @Field(Type.U64) public static final int WORD0 = 16;
    @Field(Type.U64) public static final int WORD1 = 24;
    @Field(Type.U64) public static final int WORD2 = 32;
    @Field(Type.U64) public static final int WORD3 = 40;

    public static final int SIZE = 48;

    private IpcRegisters() {
    }
}

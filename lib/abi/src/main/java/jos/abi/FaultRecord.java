package jos.abi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * What process_fault writes for a process an exception ended (abi.md, call 12): the exception's vector, the
 * rip it was raised at, the address it concerned (CR2 for a page fault, else 0) and its error code (0 for a
 * vector that pushes none). One definition for the kernel, which keeps it in the process, and libsys.
 */
@Struct(size = FaultRecord.SIZE)
public final class FaultRecord {
    @Field(Type.U64) public static final int VECTOR = 0;
    @Field(Type.U64) public static final int RIP = 8;
    @Field(Type.U64) public static final int ADDRESS = 16;
    @Field(Type.U64) public static final int ERROR_CODE = 24;

    public static final int SIZE = 32;

    private FaultRecord() {
    }
}

package jos.kernel.process;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** The process layer's fields of a thread block, at offsets relative to jos.kernel.sched.Thread PROCESS. */
@Struct(size = ProcessLink.SIZE)
public final class ProcessLink {
    /** The process the thread belongs to, or 0. */
    @Field(Type.U64) public static final int OWNER = 0;
    /** The process's next thread, or 0. */
    @Field(Type.U64) public static final int NEXT = 8;

    public static final int SIZE = 16;

    private ProcessLink() {
    }
}

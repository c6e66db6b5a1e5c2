package jos.kernel.x86.idt;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The registers of an interrupted context as {@link ExceptionStubs} leave them on the stack: the
 * general-purpose registers (pushed rax first, so r15 is lowest), the vector and error code (0 when the
 * CPU pushes none), then what the CPU pushed. Changes made here are restored on return.
 */
@Struct(size = InterruptFrame.SIZE)
public final class InterruptFrame {
    private InterruptFrame() {
    }

    @Field(Type.U64) public static final int R15 = 0;
    @Field(Type.U64) public static final int R14 = 8;
    @Field(Type.U64) public static final int R13 = 16;
    @Field(Type.U64) public static final int R12 = 24;
    @Field(Type.U64) public static final int R11 = 32;
    @Field(Type.U64) public static final int R10 = 40;
    @Field(Type.U64) public static final int R9 = 48;
    @Field(Type.U64) public static final int R8 = 56;
    @Field(Type.U64) public static final int RBP = 64;
    @Field(Type.U64) public static final int RDI = 72;
    @Field(Type.U64) public static final int RSI = 80;
    @Field(Type.U64) public static final int RDX = 88;
    @Field(Type.U64) public static final int RCX = 96;
    @Field(Type.U64) public static final int RBX = 104;
    @Field(Type.U64) public static final int RAX = 112;
    @Field(Type.U64) public static final int VECTOR = 120;
    @Field(Type.U64) public static final int ERROR_CODE = 128;
    @Field(Type.U64) public static final int RIP = 136;
    @Field(Type.U64) public static final int CS = 144;
    @Field(Type.U64) public static final int RFLAGS = 152;
    @Field(Type.U64) public static final int RSP = 160;
    @Field(Type.U64) public static final int SS = 168;

    public static final int SIZE = 176;

    public static long get(long frame, int field) {
        return Memory.read64(frame + field);
    }

    public static int vector(long frame) {
        return (int) Memory.read64(frame + VECTOR);
    }

    public static long errorCode(long frame) {
        return Memory.read64(frame + ERROR_CODE);
    }

    public static long rip(long frame) {
        return Memory.read64(frame + RIP);
    }

    /** The privilege level the CPU was interrupted in (CS RPL): 0 kernel, 3 user. */
    public static int ring(long frame) {
        return (int) Memory.read64(frame + CS) & 3;
    }
}

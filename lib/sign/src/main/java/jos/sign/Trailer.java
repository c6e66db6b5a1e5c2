package jos.sign;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The record the runner appends to every file it signs ({@code scripts/os build --sign}), the last
 * {@link #SIZE} bytes of the file: a magic, the version, how many bytes before it are the file's own
 * content, the public key that signed it, the boot path it was signed for (NUL-padded) and the Ed25519
 * signature of the content followed by this record up to the signature ({@link #SIGNED}). Signing the
 * path keeps one signed file from being passed off as another. Accessors take the record's address.
 */
@Struct(size = 184)
public final class Trailer {
    private Trailer() {
    }

    @Field(Type.U64) public static final int MAGIC = 0;
    @Field(Type.U32) public static final int VERSION = 8;
    @Field(Type.U32) public static final int RESERVED = 12;
    @Field(Type.U64) public static final int CONTENT_LENGTH = 16;
    @Field(value = Type.U8, count = 32) public static final int KEY = 24;
    @Field(value = Type.U8, count = 64) public static final int PATH = 56;
    @Field(value = Type.U8, count = 64) public static final int SIGNATURE = 120;
    public static final int SIZE = 184;

    /** "jos-sig1" read as a little-endian 64-bit word. */
    public static final long MAGIC_VALUE = 0x3167_6973_2d73_6f6aL;
    public static final int VERSION_1 = 1;
    /** The most bytes of a path the record holds. */
    public static final int PATH_BYTES = 64;
    /** The bytes of the record that are signed after the content: everything before the signature. */
    public static final int SIGNED = SIGNATURE;

    public static long magic(long trailer) {
        return Memory.read64(trailer + MAGIC);
    }

    public static int version(long trailer) {
        return Memory.read32(trailer + VERSION);
    }

    public static long contentLength(long trailer) {
        return Memory.read64(trailer + CONTENT_LENGTH);
    }
}

package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_file}: a file the bootloader put in memory (the kernel or a module). Its size is
 * {@link #BYTES}: {@link #SIZE} is the offset of the member {@code size}.
 */
@Struct(size = 112)
public final class File {
    private File() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int ADDRESS = 8;
    @Field(Type.U64) public static final int SIZE = 16;
    @Field(Type.U64) public static final int PATH = 24;
    @Field(Type.U64) public static final int CMDLINE = 32;
    @Field(Type.U32) public static final int MEDIA_TYPE = 40;
    @Field(Type.U32) public static final int UNUSED = 44;
    @Field(Type.U32) public static final int TFTP_IP = 48;
    @Field(Type.U32) public static final int TFTP_PORT = 52;
    @Field(Type.U32) public static final int PARTITION_INDEX = 56;
    @Field(Type.U32) public static final int MBR_DISK_ID = 60;
    /** Three {@link Uuid}s, 16 bytes each, 4-byte aligned. */
    @Field(value = Type.U32, count = 4) public static final int GPT_DISK_UUID = 64;
    @Field(value = Type.U32, count = 4) public static final int GPT_PART_UUID = 80;
    @Field(value = Type.U32, count = 4) public static final int PART_UUID = 96;
    public static final int BYTES = 112;

    /** Values of media_type. */
    public static final long MEDIA_TYPE_GENERIC = 0, MEDIA_TYPE_OPTICAL = 1, MEDIA_TYPE_TFTP = 2;

    public static long revision(long at) {
        return Memory.read64(at + REVISION);
    }

    public static long address(long at) {
        return Memory.read64(at + ADDRESS);
    }

    public static long size(long at) {
        return Memory.read64(at + SIZE);
    }

    public static long path(long at) {
        return Memory.read64(at + PATH);
    }

    public static long cmdline(long at) {
        return Memory.read64(at + CMDLINE);
    }

    public static long mediaType(long at) {
        return Memory.read32(at + MEDIA_TYPE) & 0xffffffffL;
    }

    public static long unused(long at) {
        return Memory.read32(at + UNUSED) & 0xffffffffL;
    }

    public static long tftpIp(long at) {
        return Memory.read32(at + TFTP_IP) & 0xffffffffL;
    }

    public static long tftpPort(long at) {
        return Memory.read32(at + TFTP_PORT) & 0xffffffffL;
    }

    public static long partitionIndex(long at) {
        return Memory.read32(at + PARTITION_INDEX) & 0xffffffffL;
    }

    public static long mbrDiskId(long at) {
        return Memory.read32(at + MBR_DISK_ID) & 0xffffffffL;
    }
}

package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_file: a file the loader put in memory (the executable or a module). */
@Struct(size = 112)
public final class File {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int ADDRESS = 8;
    @Field(Field.Type.U64)
    static final int SIZE = 16;
    @Field(Field.Type.U64)
    static final int PATH = 24;
    @Field(Field.Type.U64)
    static final int CMDLINE = 32;
    @Field(Field.Type.U32)
    static final int MEDIA_TYPE = 40;
    @Field(Field.Type.U32)
    static final int UNUSED = 44;
    @Field(Field.Type.U32)
    static final int TFTP_IP = 48;
    @Field(Field.Type.U32)
    static final int TFTP_PORT = 52;
    @Field(Field.Type.U32)
    static final int PARTITION_INDEX = 56;
    @Field(Field.Type.U32)
    static final int MBR_DISK_ID = 60;
    @Field(value = Field.Type.U32, count = 4)
    static final int GPT_DISK_UUID = 64;
    @Field(value = Field.Type.U32, count = 4)
    static final int GPT_PART_UUID = 80;
    @Field(value = Field.Type.U32, count = 4)
    static final int PART_UUID = 96;

    private File() {
    }

    static long revision(long at) {
        return Memory.read64(at + REVISION);
    }

    static long address(long at) {
        return Memory.read64(at + ADDRESS);
    }

    static long size(long at) {
        return Memory.read64(at + SIZE);
    }

    static long path(long at) {
        return Memory.read64(at + PATH);
    }

    static long cmdline(long at) {
        return Memory.read64(at + CMDLINE);
    }

    static long mediaType(long at) {
        return Memory.read32(at + MEDIA_TYPE) & 0xffffffffL;
    }

    static long unused(long at) {
        return Memory.read32(at + UNUSED) & 0xffffffffL;
    }

    static long tftpIp(long at) {
        return Memory.read32(at + TFTP_IP) & 0xffffffffL;
    }

    static long tftpPort(long at) {
        return Memory.read32(at + TFTP_PORT) & 0xffffffffL;
    }

    static long partitionIndex(long at) {
        return Memory.read32(at + PARTITION_INDEX) & 0xffffffffL;
    }

    static long mbrDiskId(long at) {
        return Memory.read32(at + MBR_DISK_ID) & 0xffffffffL;
    }
}

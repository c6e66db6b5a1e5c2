package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** Firmware type feature: x86 BIOS or 64-bit UEFI (UEFI when GRUB passed the EFI64 system table tag). */
public final class FirmwareType {
    private FirmwareType() {
    }

    public static final long X86BIOS = 0, UEFI32 = 1, UEFI64 = 2;

    @Struct(size = 16)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int FIRMWARE_TYPE = 8;
        public static final int SIZE = 16;
    }

    public static boolean respond(boolean uefi) {
        if (Requests.request(Requests.FIRMWARE_TYPE) == 0) return true;
        long r = Arena.allocate(Response.SIZE);
        if (r == 0) return false;
        Memory.write64(r + Response.FIRMWARE_TYPE, uefi ? UEFI64 : X86BIOS);
        Requests.respond(Requests.FIRMWARE_TYPE, r);
        return true;
    }
}

package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.FirmwareTypeResponse;

/** Firmware type feature: x86 BIOS or 64-bit UEFI (UEFI when GRUB passed the EFI64 system table tag). */
public final class FirmwareType {
    private FirmwareType() {
    }

    public static boolean respond(boolean uefi, long[] problem) {
        if (Requests.request(Requests.FIRMWARE_TYPE) == 0) return true;
        long r = Arena.allocate(FirmwareTypeResponse.SIZE, problem);
        if (r == 0) return false;
        Memory.write64(r + FirmwareTypeResponse.FIRMWARE_TYPE, uefi ? FirmwareTypeResponse.UEFI64 : FirmwareTypeResponse.X86BIOS);
        Requests.respond(Requests.FIRMWARE_TYPE, r);
        return true;
    }
}

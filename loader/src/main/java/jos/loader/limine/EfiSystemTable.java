package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.EfiSystemTableResponse;

/**
 * EFI system table feature: the table GRUB passed in tag 12 (only under UEFI). Physical under base
 * revision 3, HHDM-virtual under earlier revisions, like the RSDP.
 */
public final class EfiSystemTable {
    private EfiSystemTable() {
    }

    /** table is the physical address of the EFI system table, or 0 without UEFI (no response then). */
    public static boolean respond(long table, long[] problem) {
        if (Requests.request(Requests.EFI_SYSTEM_TABLE) == 0 || table == 0) return true;
        long r = Arena.allocate(EfiSystemTableResponse.SIZE, problem);
        if (r == 0) return false;
        Memory.write64(r + EfiSystemTableResponse.ADDRESS, Requests.revision3() ? table : Hhdm.virt(table));
        Requests.respond(Requests.EFI_SYSTEM_TABLE, r);
        return true;
    }
}

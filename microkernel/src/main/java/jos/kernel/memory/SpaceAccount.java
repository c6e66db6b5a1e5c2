package jos.kernel.memory;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * The bookkeeping of a user address space, in the frame right after its PML4 (the two are one 8 KiB
 * run, so the root that CR3 and a thread block hold names both, with no table to look it up in): the
 * quota, the bytes charged against it and the lock that serializes every change to the space's lower
 * half ({@link UserMemory}).
 */
@Struct(size = SpaceAccount.SIZE)
public final class SpaceAccount {
    /** Bytes of memory the space may hold: anonymous frames and lower-half page tables, not device memory. */
    @Field(Type.U64) public static final int QUOTA = 0;
    /** Bytes held now: anonymous frames (program segments, stack, map) and page tables. */
    @Field(Type.U64) public static final int USED = 8;
    /** 0 = free, 1 = held: guards the lower half's tables and USED (taken before the frame allocator's lock). */
    @Field(Type.U64) public static final int LOCK = 16;
    /**
     * The space's I/O permission bitmap (x86.cpu.Tss layout, a kernel-heap block of Tss.IO_BITMAP_BYTES),
     * or 0: no ports. Made by the first io_ports call, freed with the space; not charged to the quota.
     */
    @Field(Type.U64) public static final int IO_BITMAP = 24;
    public static final int SIZE = 32;

    private SpaceAccount() {
    }
}

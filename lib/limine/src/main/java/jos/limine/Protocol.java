package jos.limine;

/**
 * The protocol's magic numbers: the base revision tag, the request area markers, the common request
 * magic (words 0 and 1 of every request ID) and words 2 and 3 of each feature's request ID.
 */
public final class Protocol {
    private Protocol() {
    }

    /** {@code LIMINE_BASE_REVISION(N)}: {MAGIC_0, MAGIC_1, N}; the loader sets word 2 to 0 when it grants N. */
    public static final long BASE_REVISION_MAGIC_0 = 0xf9562b2d5c95a6c8L, BASE_REVISION_MAGIC_1 = 0x6a7b384944536bdcL;
    /** Index of the base revision tag's word holding the requested (or, once granted, 0) revision. */
    public static final int BASE_REVISION_WORD = 2;

    /** {@code LIMINE_REQUESTS_START_MARKER}, four words. */
    public static final long START_MARKER_0 = 0xf6b8f4b39de7d1aeL, START_MARKER_1 = 0xfab91a6940fcb9cfL,
            START_MARKER_2 = 0x785c6ed015d3e316L, START_MARKER_3 = 0x181e920a7852b9d9L;
    /** {@code LIMINE_REQUESTS_END_MARKER}, two words. */
    public static final long END_MARKER_0 = 0xadc0e0531bb10d03L, END_MARKER_1 = 0x9572709f31764c62L;

    /** {@code LIMINE_COMMON_MAGIC}: the first two words of every request ID. */
    public static final long COMMON_MAGIC_0 = 0xc7b1dd30df4c8b88L, COMMON_MAGIC_1 = 0x0a82e883a194f07bL;

    /** Words 2 and 3 of each request ID ({@code LIMINE_..._REQUEST}). */
    public static final long BOOTLOADER_INFO_ID_2 = 0xf55038d8e2a1202fL, BOOTLOADER_INFO_ID_3 = 0x279426fcf5f59740L;
    public static final long FIRMWARE_TYPE_ID_2 = 0x8c2f75d90bef28a8L, FIRMWARE_TYPE_ID_3 = 0x7045a4688eac00c3L;
    public static final long STACK_SIZE_ID_2 = 0x224ef0460a8e8926L, STACK_SIZE_ID_3 = 0xe1cb0fc25f46ea3dL;
    public static final long HHDM_ID_2 = 0x48dcf1cb8ad2b852L, HHDM_ID_3 = 0x63984e959a98244bL;
    public static final long FRAMEBUFFER_ID_2 = 0x9d5827dcd881dd75L, FRAMEBUFFER_ID_3 = 0xa3148604f6fab11bL;
    public static final long PAGING_MODE_ID_2 = 0x95c1a0edab0944cbL, PAGING_MODE_ID_3 = 0xa4e5cb3842f7488aL;
    /** SMP (called MP in later revisions of the specification). */
    public static final long SMP_ID_2 = 0x95a67b819a1b857eL, SMP_ID_3 = 0xa0b61b723b6a73e0L;
    public static final long MEMMAP_ID_2 = 0x67cf3d9d378a806fL, MEMMAP_ID_3 = 0xe304acdfc50c3c62L;
    public static final long ENTRY_POINT_ID_2 = 0x13d86c035a1cd3e1L, ENTRY_POINT_ID_3 = 0x2b0caa89d8f3026aL;
    /** Kernel file (the executable file in later revisions). */
    public static final long KERNEL_FILE_ID_2 = 0xad97e90e83f1ed67L, KERNEL_FILE_ID_3 = 0x31eb5d1c5ff23b69L;
    public static final long MODULE_ID_2 = 0x3e7e279702be32afL, MODULE_ID_3 = 0xca1c4f3bd1280ceeL;
    public static final long RSDP_ID_2 = 0xc5e77b6b397e7b43L, RSDP_ID_3 = 0x27637845accdcf3cL;
    public static final long SMBIOS_ID_2 = 0x9e9046f11e095391L, SMBIOS_ID_3 = 0xaa4a520fefbde5eeL;
    public static final long EFI_SYSTEM_TABLE_ID_2 = 0x5ceba5163eaaf6d6L, EFI_SYSTEM_TABLE_ID_3 = 0x0a6981610cf65fccL;
    public static final long EFI_MEMMAP_ID_2 = 0x7df62a431d6872d5L, EFI_MEMMAP_ID_3 = 0xa4fcdfb3e57306c8L;
    public static final long BOOT_TIME_ID_2 = 0x502746e184c088aaL, BOOT_TIME_ID_3 = 0xfbc5ec83e6327893L;
    /** Kernel address (the executable address in later revisions). */
    public static final long KERNEL_ADDRESS_ID_2 = 0x71ba76863cc55f63L, KERNEL_ADDRESS_ID_3 = 0xb2644a48c516a487L;
    public static final long DTB_ID_2 = 0xb40ddb48fb54bac7L, DTB_ID_3 = 0x545081493f81ffb7L;
}

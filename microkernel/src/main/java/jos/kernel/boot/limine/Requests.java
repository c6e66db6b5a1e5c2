package jos.kernel.boot.limine;

import jos.hw.Memory;
import jos.hw.Section;
import jos.limine.RequestHeader;
import jos.limine.SmpRequest;
import jos.limine.StackSizeRequest;

import static jos.limine.Protocol.*;

/**
 * Every Limine request the kernel makes, as data the compiler places in the request area: the start
 * marker, the base revision tag asking for revision 3, the requests, the end marker. A request is
 * {id[4], revision, response pointer, request-specific words} ({@link RequestHeader}); the loader
 * writes the response pointer. The words are {@link jos.limine.Protocol}'s compile-time constants.
 */
public final class Requests {
    private Requests() {
    }

    /** Word index of the response pointer in every request. */
    public static final int RESPONSE = RequestHeader.RESPONSE / 8;
    public static final int REQUESTED_REVISION = 3;
    /** Word index of the stack size request's stack_size. */
    public static final int STACK_SIZE_WORD = StackSizeRequest.STACK_SIZE / 8;

    @Section(".requests_start_marker")
    public static final long[] START_MARKER = {START_MARKER_0, START_MARKER_1, START_MARKER_2, START_MARKER_3};

    @Section(".requests")
    public static final long[] BASE_REVISION = {BASE_REVISION_MAGIC_0, BASE_REVISION_MAGIC_1, REQUESTED_REVISION};

    @Section(".requests")
    public static final long[] BOOTLOADER_INFO = {COMMON_MAGIC_0, COMMON_MAGIC_1, BOOTLOADER_INFO_ID_2, BOOTLOADER_INFO_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] FIRMWARE_TYPE = {COMMON_MAGIC_0, COMMON_MAGIC_1, FIRMWARE_TYPE_ID_2, FIRMWARE_TYPE_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] STACK_SIZE = {COMMON_MAGIC_0, COMMON_MAGIC_1, STACK_SIZE_ID_2, STACK_SIZE_ID_3, 0, 0, 64 * 1024};
    @Section(".requests")
    public static final long[] HHDM = {COMMON_MAGIC_0, COMMON_MAGIC_1, HHDM_ID_2, HHDM_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] FRAMEBUFFER = {COMMON_MAGIC_0, COMMON_MAGIC_1, FRAMEBUFFER_ID_2, FRAMEBUFFER_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] MP = {COMMON_MAGIC_0, COMMON_MAGIC_1, SMP_ID_2, SMP_ID_3, 0, 0, SmpRequest.X2APIC};
    @Section(".requests")
    public static final long[] MEMORY_MAP = {COMMON_MAGIC_0, COMMON_MAGIC_1, MEMMAP_ID_2, MEMMAP_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] EXECUTABLE_FILE = {COMMON_MAGIC_0, COMMON_MAGIC_1, KERNEL_FILE_ID_2, KERNEL_FILE_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] MODULES = {COMMON_MAGIC_0, COMMON_MAGIC_1, MODULE_ID_2, MODULE_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] RSDP = {COMMON_MAGIC_0, COMMON_MAGIC_1, RSDP_ID_2, RSDP_ID_3, 0, 0};
    @Section(".requests")
    public static final long[] EXECUTABLE_ADDRESS = {COMMON_MAGIC_0, COMMON_MAGIC_1, KERNEL_ADDRESS_ID_2, KERNEL_ADDRESS_ID_3, 0, 0};

    @Section(".requests_end_marker")
    public static final long[] END_MARKER = {END_MARKER_0, END_MARKER_1};

    /** The response the loader attached to a request (its HHDM address), or 0. */
    public static long response(long[] request) {
        return Memory.readVolatile64(Memory.addressOf(request) + 8L * RESPONSE);
    }

    /** Word i of a request or tag as the loader left it. */
    public static long word(long[] request, int i) {
        return Memory.readVolatile64(Memory.addressOf(request) + 8L * i);
    }
}

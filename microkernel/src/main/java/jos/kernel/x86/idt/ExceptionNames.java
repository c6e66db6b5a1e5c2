package jos.kernel.x86.idt;

/**
 * The 32 exception vectors the CPU reserves (Intel SDM vol. 3, table 6-1; AMD APM vol. 2, 8.2 for
 * #VC and #SX), named in lower case as the reports print them; reserved vectors are "reserved".
 */
public final class ExceptionNames {
    private ExceptionNames() {
    }

    public static final int DIVIDE_ERROR = 0, DEBUG = 1, NMI = 2, BREAKPOINT = 3, OVERFLOW = 4, BOUND_RANGE = 5,
            INVALID_OPCODE = 6, DEVICE_NOT_AVAILABLE = 7, DOUBLE_FAULT = 8, COPROCESSOR_SEGMENT_OVERRUN = 9,
            INVALID_TSS = 10, SEGMENT_NOT_PRESENT = 11, STACK_FAULT = 12, GENERAL_PROTECTION = 13, PAGE_FAULT = 14,
            X87_FLOATING_POINT = 16, ALIGNMENT_CHECK = 17, MACHINE_CHECK = 18, SIMD_FLOATING_POINT = 19,
            VIRTUALIZATION = 20, CONTROL_PROTECTION = 21, HYPERVISOR_INJECTION = 28, VMM_COMMUNICATION = 29,
            SECURITY = 30;

    /** The name of vector (0..31), or "reserved" for the reserved ones and "interrupt" above 31. */
    public static String name(int vector) {
        return switch (vector) {
            case DIVIDE_ERROR -> "divide error";
            case DEBUG -> "debug";
            case NMI -> "NMI";
            case BREAKPOINT -> "breakpoint";
            case OVERFLOW -> "overflow";
            case BOUND_RANGE -> "bound range exceeded";
            case INVALID_OPCODE -> "invalid opcode";
            case DEVICE_NOT_AVAILABLE -> "device not available";
            case DOUBLE_FAULT -> "double fault";
            case COPROCESSOR_SEGMENT_OVERRUN -> "coprocessor segment overrun";
            case INVALID_TSS -> "invalid TSS";
            case SEGMENT_NOT_PRESENT -> "segment not present";
            case STACK_FAULT -> "stack-segment fault";
            case GENERAL_PROTECTION -> "general protection fault";
            case PAGE_FAULT -> "page fault";
            case X87_FLOATING_POINT -> "x87 floating-point error";
            case ALIGNMENT_CHECK -> "alignment check";
            case MACHINE_CHECK -> "machine check";
            case SIMD_FLOATING_POINT -> "SIMD floating-point exception";
            case VIRTUALIZATION -> "virtualization exception";
            case CONTROL_PROTECTION -> "control protection exception";
            case HYPERVISOR_INJECTION -> "hypervisor injection exception";
            case VMM_COMMUNICATION -> "VMM communication exception";
            case SECURITY -> "security exception";
            default -> vector >= 0 && vector < Idt.EXCEPTIONS ? "reserved" : "interrupt";
        };
    }
}

/*
 * The kernel's first instructions. A Limine-protocol loader jumps to the ELF entry point with a stack of
 * at least 64 KiB (and a zero return address on it), interrupts off, in long mode. Before any Java runs,
 * GS.base is pointed at the bootstrap CPU's per-CPU block (the runtime's per-CPU state lives at its start,
 * see jrt.h), then the program's static main() is called; the CPU stops if it ever returns.
 *
 * The kernel heap: every allocation of compiled code goes to jos.kernel.memory.Heap through its C entry
 * point jos_kernel_heap_allocate. Before the heap is up (or in a kernel without one) an allocation is a
 * fatal error that prints the Java frames that asked for it.
 */
#include "../jrt.h"
#include "../hw.h"

#define LIMINE_MIN_STACK (64 * 1024)
/* The size of a per-CPU block: jos.kernel.smp.PerCpu.SIZE. */
#define JRT_CPU_AREA_SIZE 256
#define IA32_GS_BASE 0xc0000101
/* PerCpu.SELF: the block's own address. */
#define PER_CPU_SELF 24

static uint8_t bsp_cpu_area[JRT_CPU_AREA_SIZE] __attribute__((aligned(64)));

__attribute__((used)) JNORETURN void jrt_kernel_start(char *sp) {
    jhw_Cpu_writeMsr(IA32_GS_BASE, (int64_t)(uintptr_t)bsp_cpu_area);
    *(uint64_t *)(bsp_cpu_area + PER_CPU_SELF) = (uint64_t)(uintptr_t)bsp_cpu_area;
    jrt_stack_limit = sp - LIMINE_MIN_STACK + 4096 + JRT_KERNEL_STACK_RESERVE;
    jprogram_main(0, NULL);
    for (;;) __asm__ volatile("cli; hlt");
}

__asm__(".text\n"
        ".global _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  xor %rbp, %rbp\n"
        "  mov %rsp, %rdi\n"
        "  and $-16, %rsp\n"
        "  call jrt_kernel_start\n"
        "1: cli\n"
        "  hlt\n"
        "  jmp 1b\n");

extern int64_t jos_kernel_heap_allocate(int64_t bytes) __attribute__((weak));

void *jrt_malloc_raw(size_t bytes) {
    if (jos_kernel_heap_allocate == NULL) {
        jrt_fatal("allocation, but this kernel has no heap (jos.kernel.memory.Heap is not part of it)");
    }
    int64_t p = jos_kernel_heap_allocate((int64_t)bytes);
    if (p == 0) jrt_fatal("kernel heap: allocation failed (the heap is not initialized yet, or it is exhausted)");
    return (void *)(uintptr_t)p;
}

/*
 * An application processor, started by the kernel through its smp_info's goto_address: RDI = the
 * smp_info, RSP = the stack the loader parked it on. extra_argument (offset 24) holds the CPU's per-CPU
 * block, prepared by jos.kernel.smp.ApplicationProcessors: when it names the kernel's page tables
 * (PerCpu.KERNEL_CR3) and a kernel stack (PerCpu.KERNEL_STACK_TOP, with the stack limit already in the
 * block), the CPU switches to them first. Its first Java method is jos_kernel_ap_main.
 */
#define SMP_INFO_EXTRA_ARGUMENT 24
#define PER_CPU_KERNEL_STACK_TOP 40
#define PER_CPU_KERNEL_CR3 56
extern void jos_kernel_ap_main(void) __attribute__((weak));

__attribute__((used)) JNORETURN void jrt_kernel_ap_start(uint8_t *area, char *sp) {
    jhw_Cpu_writeMsr(IA32_GS_BASE, (int64_t)(uintptr_t)area);
    jrt_top = NULL;
    jrt_pending = NULL;
    if (jrt_stack_limit == NULL) jrt_stack_limit = sp - LIMINE_MIN_STACK + 4096 + JRT_KERNEL_STACK_RESERVE;
    if (jos_kernel_ap_main != NULL) jos_kernel_ap_main();
    for (;;) __asm__ volatile("cli; hlt");
}

__asm__(".text\n"
        ".global jrt_kernel_ap_entry\n"
        ".type jrt_kernel_ap_entry, @function\n"
        "jrt_kernel_ap_entry:\n"
        "  mov 24(%rdi), %rdi\n"          /* SMP_INFO_EXTRA_ARGUMENT: the per-CPU block */
        "  mov 56(%rdi), %rax\n"          /* PER_CPU_KERNEL_CR3 */
        "  test %rax, %rax\n"
        "  jz 1f\n"
        "  mov %rax, %cr3\n"
        "1: mov 40(%rdi), %rax\n"         /* PER_CPU_KERNEL_STACK_TOP */
        "  test %rax, %rax\n"
        "  jz 2f\n"
        "  mov %rax, %rsp\n"
        "2: xor %rbp, %rbp\n"
        "  mov %rsp, %rsi\n"
        "  and $-16, %rsp\n"
        "  call jrt_kernel_ap_start\n"
        "3: cli\n"
        "  hlt\n"
        "  jmp 3b\n");

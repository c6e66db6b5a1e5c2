/*
 * The kernel's first instructions. A Limine-protocol loader jumps to the ELF entry point with a stack of
 * at least 64 KiB (and a zero return address on it), interrupts off, in long mode. Before any Java runs,
 * GS.base is pointed at the bootstrap CPU's per-CPU block (the runtime's per-CPU state lives at its start,
 * see jrt.h), then the program's static main() is called; the CPU stops if it ever returns.
 *
 * The kernel heap: every allocation of compiled code goes to jos.kernel.memory.Heap through its C entry
 * point jos_kernel_heap_allocate. Before the heap is up (or in a kernel without one) an allocation is a
 * fatal error that prints the Java frames that asked for it. The start paths clear %rbp before the first
 * call, so the frame-pointer chain that stack traces walk ends there.
 */
#include <stddef.h>
#include "../jrt.h"
#include "../hw.h"
#include "jos_constants.h"

/*
 * The per-CPU layout is the kernel's: it marks its per-CPU class (jos.kernel.x86.PerCpu) with
 * @jos.hw.CConstants(prefix = "JOS_PERCPU_"), and the compiler writes the offsets into jos_constants.h.
 * Nothing here repeats them.
 */
#if !defined(JOS_PERCPU_SIZE) || !defined(JOS_PERCPU_SELF) || !defined(JOS_PERCPU_KERNEL_STACK_TOP) \
        || !defined(JOS_PERCPU_KERNEL_CR3) \
        || !defined(JOS_PERCPU_RUNTIME_PENDING_EXCEPTION) || !defined(JOS_PERCPU_RUNTIME_STACK_LIMIT)
#error "a kernel declares its per-CPU layout in a class marked @jos.hw.CConstants(prefix = \"JOS_PERCPU_\") (SIZE, SELF, KERNEL_STACK_TOP, KERNEL_CR3, RUNTIME_PENDING_EXCEPTION, RUNTIME_STACK_LIMIT), and none is on the classpath"
#endif
/* The block starts with the runtime's own per-CPU state (jrt.h), where the Java layout must put it. */
#ifndef JOS_MSR_IA32_GS_BASE
#error "a kernel declares the MSR numbers its start code writes in a class marked @jos.hw.CConstants(prefix = \"JOS_MSR_\") (IA32_GS_BASE; the kernel's is lib/x86's jos.x86.Msr), and none is on the classpath"
#endif
_Static_assert(JOS_PERCPU_RUNTIME_PENDING_EXCEPTION == offsetof(jrt_cpu, pending), "PerCpu.RUNTIME_PENDING_EXCEPTION is jrt_cpu.pending");
_Static_assert(JOS_PERCPU_RUNTIME_STACK_LIMIT == offsetof(jrt_cpu, stack_limit), "PerCpu.RUNTIME_STACK_LIMIT is jrt_cpu.stack_limit");
_Static_assert(JOS_PERCPU_SIZE >= (int)sizeof(jrt_cpu), "a per-CPU block holds the runtime's state");

#define JRT_STRINGIFY_(x) #x
/* A macro's value as a string literal, to put a Java-declared offset into assembly text. */
#define JRT_STRINGIFY(x) JRT_STRINGIFY_(x)

#define LIMINE_MIN_STACK (64 * 1024)

static uint8_t bsp_cpu_area[JOS_PERCPU_SIZE] __attribute__((aligned(64)));

__attribute__((used)) JNORETURN void jrt_kernel_start(char *sp) {
    jhw_Cpu_writeMsr(JOS_MSR_IA32_GS_BASE, (int64_t)(uintptr_t)bsp_cpu_area);
    *(uint64_t *)(bsp_cpu_area + JOS_PERCPU_SELF) = (uint64_t)(uintptr_t)bsp_cpu_area;
    /* The loader's stack until the kernel switches to its own: a panic trace's walk stays below it. */
    *(uint64_t *)(bsp_cpu_area + JOS_PERCPU_KERNEL_STACK_TOP) = (uint64_t)(uintptr_t)sp;
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
/* Limine's struct limine_smp_info: extra_argument (lib/limine, jos.limine). */
#define SMP_INFO_EXTRA_ARGUMENT 24
extern void jos_kernel_ap_main(void) __attribute__((weak));

__attribute__((used)) JNORETURN void jrt_kernel_ap_start(uint8_t *area, char *sp) {
    jhw_Cpu_writeMsr(JOS_MSR_IA32_GS_BASE, (int64_t)(uintptr_t)area);
    jrt_pending = NULL;
    if (jrt_stack_limit == NULL) jrt_stack_limit = sp - LIMINE_MIN_STACK + 4096 + JRT_KERNEL_STACK_RESERVE;
    if (jos_kernel_ap_main != NULL) jos_kernel_ap_main();
    for (;;) __asm__ volatile("cli; hlt");
}

__asm__(".text\n"
        ".global jrt_kernel_ap_entry\n"
        ".type jrt_kernel_ap_entry, @function\n"
        "jrt_kernel_ap_entry:\n"
        "  mov " JRT_STRINGIFY(SMP_INFO_EXTRA_ARGUMENT) "(%rdi), %rdi\n"   /* the per-CPU block */
        "  mov " JRT_STRINGIFY(JOS_PERCPU_KERNEL_CR3) "(%rdi), %rax\n"
        "  test %rax, %rax\n"
        "  jz 1f\n"
        "  mov %rax, %cr3\n"
        "1: mov " JRT_STRINGIFY(JOS_PERCPU_KERNEL_STACK_TOP) "(%rdi), %rax\n"
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

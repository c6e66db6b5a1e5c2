/*
 * The kernel's first instructions. A Limine-protocol loader jumps to the ELF entry point with a stack of
 * at least 64 KiB (and a zero return address on it), interrupts off, in long mode; this calls the
 * program's static main() and stops the CPU if it ever returns.
 */
#include "../jrt.h"

#define LIMINE_MIN_STACK (64 * 1024)

__attribute__((used)) JNORETURN void jrt_kernel_start(char *sp) {
    jrt_stack_limit = sp - LIMINE_MIN_STACK + 4096;
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

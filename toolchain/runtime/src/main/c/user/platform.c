/*
 * The platform of jos user programs: the kernel is reached by `syscall` with the register ABI of abi.md
 * (number in rax, arguments in rdi, rsi, rdx, r10, r8, r9; result in rax; rcx and r11 clobbered).
 * Until the kernel provides memory to user space the heap is a fixed arena in .bss (jrt.c,
 * JRT_STATIC_HEAP_BYTES, set by the user target); jrt_map_pages is not reached.
 */
#include "../jrt.h"

enum { SYS_EXIT = 0, SYS_DEBUG_WRITE = 1 };

static inline int64_t syscall2(int64_t n, int64_t a, int64_t b) {
    int64_t r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
    return r;
}

int64_t jrt_write(int32_t fd, const void *buf, int64_t len) {
    (void)fd;
    return syscall2(SYS_DEBUG_WRITE, (int64_t)buf, len);
}

JNORETURN void jrt_exit(int32_t code) {
    for (;;) syscall2(SYS_EXIT, code, 0);
}

JNORETURN void jrt_fatal(const char *message) {
    int64_t n = 0;
    while (message[n]) n++;
    jrt_write(2, "jos runtime: fatal: ", 20);
    jrt_write(2, message, n);
    jrt_write(2, "\n", 1);
    jrt_exit(134);
}

void jrt_fatal_exception(jobject t, const char *where) {
    (void)t;
    jrt_fatal(where);
}

void *jrt_map_pages(size_t bytes) {
    (void)bytes;
    jrt_fatal("allocation, but user programs have no heap yet");
}

/* No operating system below: only the facts that hold for every jos program. */
int64_t jrt_platform_fact(int32_t what, char *out, int64_t cap) {
    switch (what) {
    case JRT_FACT_OS_NAME:
        if (cap >= 3) memcpy(out, "jos", 3);
        return 3;
    case JRT_FACT_OS_ARCH:
        if (cap >= 5) memcpy(out, "amd64", 5);
        return 5;
    default:
        return -1;
    }
}

int64_t jrt_getenv(const char *name, int64_t name_len, char *out, int64_t cap) {
    (void)name, (void)name_len, (void)out, (void)cap;
    return -1;
}

int64_t jrt_nano_time(void) {
    jrt_fatal("System.nanoTime: the kernel has no clock service yet");
}

int64_t jrt_current_millis(void) {
    jrt_fatal("System.currentTimeMillis: the kernel has no clock service yet");
}

__attribute__((used)) JNORETURN void jrt_user_start(char *sp) {
    jrt_stack_limit = sp - (64 * 1024) + 4096;
    jrt_exit(jprogram_main(0, NULL));
}

__asm__(".text\n"
        ".global _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  xor %rbp, %rbp\n"
        "  mov %rsp, %rdi\n"
        "  and $-16, %rsp\n"
        "  call jrt_user_start\n"
        "  ud2\n");

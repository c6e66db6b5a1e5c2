/* The hosted target: a static Linux x86_64 executable that talks to the kernel by raw syscalls. */
#include "../jrt.h"

static inline int64_t syscall3(int64_t n, int64_t a, int64_t b, int64_t c) {
    int64_t r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

static inline int64_t syscall6(int64_t n, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
    int64_t r;
    register int64_t r10 __asm__("r10") = d;
    register int64_t r8 __asm__("r8") = e;
    register int64_t r9 __asm__("r9") = f;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

enum { SYS_write = 1, SYS_mmap = 9, SYS_uname = 63, SYS_getcwd = 79, SYS_sysinfo = 99, SYS_getrlimit = 97, SYS_clock_gettime = 228,
       SYS_exit_group = 231 };

int64_t jrt_write(int32_t fd, const void *buf, int64_t len) {
    for (;;) {
        int64_t r = syscall3(SYS_write, fd, (int64_t)buf, len);
        if (r != -4 /* EINTR */) return r;
    }
}

JNORETURN void jrt_exit(int32_t code) {
    syscall3(SYS_exit_group, code, 0, 0);
    __builtin_unreachable();
}

void *jrt_map_pages(size_t bytes) {
    /* PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE */
    int64_t r = syscall6(SYS_mmap, 0, (int64_t)bytes, 3, 0x22 | 0x4000, -1, 0);
    return (r < 0 && r > -4096) ? NULL : (void *)r;
}

struct timespec_k { int64_t sec, nsec; };

int64_t jrt_nano_time(void) {
    struct timespec_k t;
    syscall3(SYS_clock_gettime, 1 /* CLOCK_MONOTONIC */, (int64_t)&t, 0);
    return t.sec * 1000000000L + t.nsec;
}

int64_t jrt_current_millis(void) {
    struct timespec_k t;
    syscall3(SYS_clock_gettime, 0 /* CLOCK_REALTIME */, (int64_t)&t, 0);
    return t.sec * 1000L + t.nsec / 1000000L;
}

JNORETURN void jrt_fatal(const char *message) {
    int64_t n = 0;
    while (message[n]) n++;
    jrt_write(2, "jos runtime: ", 13);
    jrt_write(2, message, n);
    jrt_write(2, "\n", 1);
    jrt_exit(134);
}

/* The environment the kernel put above argv: NAME=value strings, ending in a null pointer. */
static char **environment;

static int64_t copy_out(const char *s, int64_t len, char *out, int64_t cap) {
    if (len <= cap) memcpy(out, s, (size_t)len);
    return len;
}

static int64_t length_of(const char *s, int64_t max) {
    int64_t n = 0;
    while (n < max && s[n]) n++;
    return n;
}

int64_t jrt_platform_fact(int32_t what, char *out, int64_t cap) {
    /* struct utsname: six fields of 65 bytes (sysname, nodename, release, version, machine, domain). */
    static char uts[6 * 65];
    switch (what) {
    case JRT_FACT_OS_NAME:
        return copy_out("Linux", 5, out, cap);
    case JRT_FACT_OS_ARCH:
        return copy_out("amd64", 5, out, cap); /* HotSpot's name for x86_64 */
    case JRT_FACT_OS_VERSION:
        if (syscall3(SYS_uname, (int64_t)uts, 0, 0) != 0) return -1;
        return copy_out(uts + 2 * 65, length_of(uts + 2 * 65, 65), out, cap);
    case JRT_FACT_USER_DIR: {
        static char cwd[4096];
        int64_t r = syscall3(SYS_getcwd, (int64_t)cwd, sizeof cwd, 0);
        if (r <= 0) return -1;
        return copy_out(cwd, r - 1, out, cap); /* r counts the terminating zero */
    }
    default:
        return -1;
    }
}

int64_t jrt_getenv(const char *name, int64_t name_len, char *out, int64_t cap) {
    for (char **e = environment; e && *e; e++) {
        const char *entry = *e;
        if (length_of(entry, name_len) == name_len && memcmp(entry, name, (size_t)name_len) == 0
            && entry[name_len] == '=') {
            const char *value = entry + name_len + 1;
            return copy_out(value, length_of(value, 1 << 30), out, cap);
        }
    }
    return -1;
}

/* The collector's conservative roots: every writable PT_LOAD segment (.data and .bss: static fields,
 * image objects, the runtime's globals), found through the program headers the linker maps. */
extern const char __ehdr_start[];

struct elf_phdr { uint32_t type, flags; uint64_t offset, vaddr, paddr, filesz, memsz, align; };

void jrt_root_ranges(void (*visit)(char *lo, char *hi)) {
    uint64_t phoff = *(const uint64_t *)(__ehdr_start + 32);
    uint16_t phentsize = *(const uint16_t *)(__ehdr_start + 54), phnum = *(const uint16_t *)(__ehdr_start + 56);
    for (uint16_t i = 0; i < phnum; i++) {
        const struct elf_phdr *ph = (const struct elf_phdr *)(__ehdr_start + phoff + (uint64_t)i * phentsize);
        if (ph->type == 1 /* PT_LOAD */ && (ph->flags & 2 /* PF_W */))
            visit((char *)ph->vaddr, (char *)(ph->vaddr + ph->memsz));
    }
}

/* As HotSpot: a quarter of physical memory. */
uint64_t jrt_default_max_heap(void) {
    struct { int64_t uptime; uint64_t loads[3], totalram, freeram, sharedram, bufferram, totalswap, freeswap;
             uint16_t procs, pad; uint64_t totalhigh, freehigh; uint32_t mem_unit; char rest[8]; } si;
    if (syscall3(SYS_sysinfo, (int64_t)&si, 0, 0) != 0) return 256ul << 20;
    return si.totalram * (si.mem_unit ? si.mem_unit : 1) / 4;
}

/* The main thread's stack ends rlimit bytes below where it started; keep 512 KiB in reserve. */
static void set_stack_limit(char *sp) {
    struct { uint64_t cur, max; } rl;
    uint64_t size = 8ul << 20;
    if (syscall3(SYS_getrlimit, 3 /* RLIMIT_STACK */, (int64_t)&rl, 0) == 0 && rl.cur < (1ul << 32)) size = rl.cur;
    if (size == ~0ul || size > (1ul << 32)) size = 64ul << 20;
    jrt_stack_limit = sp - size + (512 * 1024);
}

__attribute__((used)) JNORETURN void jrt_hosted_start(int64_t *sp) {
    set_stack_limit((char *)sp);
    jrt_gc_stack_base = (char *)sp;
    int32_t argc = (int32_t)sp[0];
    char **argv = (char **)(sp + 1);
    environment = argv + argc + 1;
    jrt_exit(jprogram_main(argc, argv));
}

/* The kernel enters with rsp pointing at argc; align the stack and call into C. */
__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "  xor %rbp, %rbp\n"
        "  mov %rsp, %rdi\n"
        "  and $-16, %rsp\n"
        "  call jrt_hosted_start\n"
        "  hlt\n");

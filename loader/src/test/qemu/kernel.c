/*
 * A minimal Limine-protocol kernel (C, freestanding) that checks what jos-loader hands it and prints
 * the result on COM1, ending with "jos-loader-test: PASS" or "jos-loader-test: FAIL ...".
 * Not part of the OS: only the loader's boot test uses it.
 */
#include <stdint.h>
#include <stddef.h>

#define COMMON 0xc7b1dd30df4c8b88ull, 0x0a82e883a194f07bull

struct request { uint64_t id[4]; uint64_t revision; volatile uint64_t response; uint64_t extra[3]; };

__attribute__((used, section(".requests_start"), aligned(8)))
static volatile uint64_t start_marker[4] = {0xf6b8f4b39de7d1aeull, 0xfab91a6940fcb9cfull, 0x785c6ed015d3e316ull, 0x181e920a7852b9d9ull};
__attribute__((used, section(".requests"), aligned(8)))
static volatile uint64_t base_revision[3] = {0xf9562b2d5c95a6c8ull, 0x6a7b384944536bdcull, 3};
#define REQ(name, a, b) __attribute__((used, section(".requests"), aligned(8))) static volatile struct request name = {{COMMON, a, b}, 0, 0, {0, 0, 0}}
REQ(info_req, 0xf55038d8e2a1202full, 0x279426fcf5f59740ull);
REQ(firmware_req, 0x8c2f75d90bef28a8ull, 0x7045a4688eac00c3ull);
REQ(hhdm_req, 0x48dcf1cb8ad2b852ull, 0x63984e959a98244bull);
REQ(fb_req, 0x9d5827dcd881dd75ull, 0xa3148604f6fab11bull);
REQ(memmap_req, 0x67cf3d9d378a806full, 0xe304acdfc50c3c62ull);
REQ(module_req, 0x3e7e279702be32afull, 0xca1c4f3bd1280ceeull);
REQ(kfile_req, 0xad97e90e83f1ed67ull, 0x31eb5d1c5ff23b69ull);
REQ(kaddr_req, 0x71ba76863cc55f63ull, 0xb2644a48c516a487ull);
REQ(rsdp_req, 0xc5e77b6b397e7b43ull, 0x27637845accdcf3cull);
REQ(paging_req, 0x95c1a0edab0944cbull, 0xa4e5cb3842f7488aull);
__attribute__((used, section(".requests"), aligned(8)))
static volatile struct request stack_req = {{COMMON, 0x224ef0460a8e8926ull, 0xe1cb0fc25f46ea3dull}, 0, 0, {0x20000, 0, 0}};
__attribute__((used, section(".requests"), aligned(8)))
#ifndef SMP_FLAGS
#define SMP_FLAGS 0
#endif
static volatile struct request smp_req = {{COMMON, 0x95a67b819a1b857eull, 0xa0b61b723b6a73e0ull}, 0, 0, {SMP_FLAGS, 0, 0}};
__attribute__((used, section(".requests_end"), aligned(8)))
static volatile uint64_t end_marker[2] = {0xadc0e0531bb10d03ull, 0x9572709f31764c62ull};
/* Outside the markers: must be ignored (a duplicate HHDM request would otherwise refuse the boot). */
__attribute__((used, section(".data"), aligned(8)))
static volatile struct request ignored_req = {{COMMON, 0x48dcf1cb8ad2b852ull, 0x63984e959a98244bull}, 0, 0, {0, 0, 0}};

static void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static void putc(char c) { while (!(inb(0x3fd) & 0x20)) {} outb(0x3f8, c); }
static void puts(const char *s) { while (*s) putc(*s++); }
static void puthex(uint64_t v) {
    puts("0x");
    int shift = 60;
    while (shift > 0 && !((v >> shift) & 0xf)) shift -= 4;
    for (; shift >= 0; shift -= 4) putc("0123456789abcdef"[(v >> shift) & 0xf]);
}
static void putdec(uint64_t v) { char b[24]; int n = 0; do { b[n++] = '0' + v % 10; v /= 10; } while (v); while (n) putc(b[--n]); }
static int failures;
static void check(int ok, const char *what) {
    if (!ok) { failures++; puts("jos-loader-test: FAIL "); puts(what); puts("\n"); }
}
static int streq(const volatile char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}
/* boot-test passes exactly one module besides the kernel: /boot/hello.txt with "greeting=1". */
#define EXPECTED_MODULES 1
#define MODULE_TEXT "hello from a module\n"
static void halt(void) { for (;;) __asm__ volatile("cli; hlt"); }

volatile uint64_t aps_arrived;
uint64_t hhdm;

void ap_entry(void);
/* An AP arrives with RDI = its smp_info (HHDM), RSP + 8 16-byte aligned, a zero return address. */
__asm__(
    ".text\n"
    ".globl ap_entry\n"
    "ap_entry:\n"
    "  mov %rsp, %rax\n"
    "  and $0xf, %eax\n"
    "  cmp $8, %eax\n"
    "  jne 1f\n"
    "  cmpq $0, (%rsp)\n"
    "  jne 1f\n"
    "  mov hhdm(%rip), %rax\n"
    "  cmp %rax, %rdi\n"
    "  jb 1f\n"
    "  lock incq aps_arrived(%rip)\n"
    "1: cli\n"
    "  hlt\n"
    "  jmp 1b\n");

uint64_t entry_rsp, entry_flags, entry_cs, entry_cr0, entry_cr4, entry_efer, entry_rdi, entry_ret;

void kmain(void) {
    puts("jos-loader-test: kernel entered\n");
    check(base_revision[2] == 0, "base revision 3 granted");
    check((entry_rsp & 0xf) == 8, "RSP + 8 is 16-byte aligned at entry");
    check(entry_ret == 0, "zero return address on the stack");
    check(entry_rdi == 0, "RDI zero");
    check(!(entry_flags & 0x200) && !(entry_flags & 0x400), "IF and DF clear");
    check(entry_cs == 0x28, "CS is the 64-bit code selector 0x28");
    check((entry_cr0 & 0x80010001) == 0x80010001, "CR0 PG, WP, PE");
    check(entry_cr4 & 0x20, "CR4 PAE");
    check(entry_efer & 0x100, "EFER LME");
    check(ignored_req.response == 0, "request outside the markers ignored");

    check(hhdm_req.response != 0, "HHDM response");
    if (!hhdm_req.response) halt();
    hhdm = ((volatile uint64_t *)hhdm_req.response)[1];
    puts("hhdm "); puthex(hhdm); puts("\n");
    check(hhdm == 0xffff800000000000ull, "HHDM offset");
    check(entry_rsp >= hhdm, "stack in the HHDM");

    if (info_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)info_req.response;
        puts("bootloader "); puts((const char *)r[1]); puts(" "); puts((const char *)r[2]); puts("\n");
    } else check(0, "bootloader info response");
    if (firmware_req.response) { puts("firmware type "); putdec(((volatile uint64_t *)firmware_req.response)[1]); puts("\n"); }
    else check(0, "firmware type response");
    check(stack_req.response != 0, "stack size response");
    check(paging_req.response != 0 && ((volatile uint64_t *)paging_req.response)[1] == 0, "paging mode 4-level");

    if (memmap_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)memmap_req.response;
        uint64_t n = r[1], usable = 0, prev_end = 0;
        volatile uint64_t **entries = (volatile uint64_t **)r[2];
        for (uint64_t i = 0; i < n; i++) {
            volatile uint64_t *e = entries[i];
            check(e[0] >= prev_end, "memory map sorted, no overlap");
            if (e[2] == 0 || e[2] == 5) check(!(e[0] & 0xfff) && !(e[1] & 0xfff), "usable/reclaimable aligned");
            if (e[2] == 0) usable += e[1];
            prev_end = e[0] + e[1];
            /* every usable page is mapped in the HHDM: touch the first and last byte */
            if (e[2] == 0) { (void)*(volatile uint8_t *)(hhdm + e[0]); (void)*(volatile uint8_t *)(hhdm + e[0] + e[1] - 1); }
        }
        puts("memory map: "); putdec(n); puts(" entries, "); putdec(usable >> 20); puts(" MiB usable\n");
    } else check(0, "memory map response");

    if (module_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)module_req.response;
        volatile uint64_t **files = (volatile uint64_t **)r[2];
        puts("modules: "); putdec(r[1]); puts("\n");
        check(r[1] == EXPECTED_MODULES, "module count as grub.cfg gives it");
        if (r[1] >= 1) {
            volatile uint64_t *f = files[0];
            check(streq((const volatile char *)f[3], "/boot/hello.txt"), "module path");
            check(streq((const volatile char *)f[4], "greeting=1"), "module command line");
            check(f[2] == sizeof MODULE_TEXT - 1, "module size");
            int same = f[2] == sizeof MODULE_TEXT - 1;
            for (uint64_t k = 0; same && k < f[2]; k++) same = ((volatile char *)f[1])[k] == MODULE_TEXT[k];
            check(same, "module contents");
        }
        for (uint64_t i = 0; i < r[1]; i++) {
            volatile uint64_t *f = files[i];
            puts("module "); puts((const char *)f[3]); puts(" cmdline '"); puts((const char *)f[4]); puts("' size ");
            putdec(f[2]); puts(" first bytes '");
            for (int k = 0; k < 8 && k < (int)f[2]; k++) putc(((volatile char *)f[1])[k]);
            puts("'\n");
            check(!(f[1] & 0xfff), "module 4 KiB aligned");
        }
    } else check(0, "module response");
    if (kfile_req.response) {
        volatile uint64_t *f = (volatile uint64_t *)((volatile uint64_t *)kfile_req.response)[1];
        puts("kernel file "); puts((const char *)f[3]); puts(" cmdline '"); puts((const char *)f[4]); puts("'\n");
        check(((volatile uint8_t *)f[1])[1] == 'E', "kernel file is the ELF");
    } else check(0, "kernel file response");
    if (kaddr_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)kaddr_req.response;
        puts("kernel at physical "); puthex(r[1]); puts(" virtual "); puthex(r[2]); puts("\n");
        check(r[2] == 0xffffffff80000000ull, "kernel virtual base");
    } else check(0, "kernel address response");
    if (rsdp_req.response) {
        uint64_t a = ((volatile uint64_t *)rsdp_req.response)[1];
        puts("rsdp "); puthex(a); puts("\n");
        check(a < hhdm, "RSDP physical under revision 3");
        check(*(volatile uint64_t *)(hhdm + a) == 0x2052545020445352ull, "RSDP signature (copy in reclaimable memory)");
    } else check(0, "RSDP response");
    if (fb_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)fb_req.response;
        volatile uint64_t *fb = ((volatile uint64_t **)r[2])[0];
        puts("framebuffer "); putdec(fb[1]); puts("x"); putdec(fb[2]); puts(" pitch "); putdec(fb[3]); puts("\n");
        volatile uint32_t *pixels = (volatile uint32_t *)fb[0];
        for (int i = 0; i < 1024; i++) pixels[i] = 0x00ff8000; /* the mapping works */
    } else puts("no framebuffer\n");

    if (smp_req.response) {
        volatile uint64_t *r = (volatile uint64_t *)smp_req.response;
        uint64_t count = r[2];
        volatile uint64_t **cpus = (volatile uint64_t **)r[3];
        uint32_t bsp = ((volatile uint32_t *)r)[3];
        puts("smp: "); putdec(count); puts(" CPUs, BSP LAPIC "); putdec(bsp); puts(", flags "); putdec(((volatile uint32_t *)r)[2]); puts("\n");
        uint64_t aps = 0;
        for (uint64_t i = 0; i < count; i++) {
            volatile uint32_t *info = (volatile uint32_t *)cpus[i];
            check(((volatile uint64_t *)info)[2] == 0, "goto_address NULL at entry");
            if (info[1] == bsp) continue;
            aps++;
            __atomic_store_n(&((volatile uint64_t *)info)[2], (uint64_t)ap_entry, __ATOMIC_SEQ_CST);
        }
        for (uint64_t spin = 0; spin < 50000000ull && aps_arrived < aps; spin++) __asm__ volatile("pause");
        puts("smp: "); putdec(aps_arrived); puts(" of "); putdec(aps); puts(" APs reached goto_address\n");
        check(aps_arrived == aps, "every AP jumped to goto_address on an aligned stack");
    } else check(0, "SMP response");

    puts(failures ? "jos-loader-test: FAIL\n" : "jos-loader-test: PASS\n");
    outb(0xf4, failures ? 1 : 0); /* isa-debug-exit */
    halt();
}

/* Records the entry state before C code changes it, then calls kmain. */
__asm__(
    ".text\n"
    ".globl _start\n"
    "_start:\n"
    "  mov %rsp, entry_rsp(%rip)\n"
    "  mov (%rsp), %rax\n"
    "  mov %rax, entry_ret(%rip)\n"
    "  mov %rdi, entry_rdi(%rip)\n"
    "  pushfq\n"
    "  pop %rax\n"
    "  mov %rax, entry_flags(%rip)\n"
    "  mov %cs, %rax\n"
    "  mov %rax, entry_cs(%rip)\n"
    "  mov %cr0, %rax\n"
    "  mov %rax, entry_cr0(%rip)\n"
    "  mov %cr4, %rax\n"
    "  mov %rax, entry_cr4(%rip)\n"
    "  mov $0xc0000080, %ecx\n"
    "  rdmsr\n"
    "  shl $32, %rdx\n"
    "  or %rdx, %rax\n"
    "  mov %rax, entry_efer(%rip)\n"
    "  call kmain\n"
    "1: cli\n"
    "  hlt\n"
    "  jmp 1b\n");

/*
 * The platform under freestanding targets (kernel, loader): no operating system below. The runtime's
 * own output (System.out/err before the kernel has consoles, fatal errors) goes to COM1 by polling;
 * there is no heap until the kernel provides one, so an allocation is a fatal error that names the
 * Java frames it came from.
 */
#include "../jrt.h"
#include "../hw.h"

#define COM1 0x3f8

static void serial_putc(char c) {
    for (int spins = 0; spins < 100000 && !(jhw_Cpu_in8(COM1 + 5) & 0x20); spins++) jhw_Cpu_pause();
    jhw_Cpu_out8(COM1, c);
}

int64_t jrt_write(int32_t fd, const void *buf, int64_t len) {
    (void)fd;
    const char *p = buf;
    for (int64_t i = 0; i < len; i++) {
        if (p[i] == '\n') serial_putc('\r');
        serial_putc(p[i]);
    }
    return len;
}

static void puts_raw(const char *s) {
    int64_t n = 0;
    while (s[n]) n++;
    jrt_write(2, s, n);
}

static void put_dec(int64_t v) {
    char buf[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { buf[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buf[n++] = '-';
    while (n) jrt_write(2, &buf[--n], 1);
}

/* A java.lang.String literal (Latin-1 or UTF-16, printed as its low bytes). */
extern const uint32_t jglue_string_value_offset, jglue_string_coder_offset;

static void put_string(jobject s) {
    if (s == NULL) { puts_raw("?"); return; }
    jobject value = *(jobject *)((char *)s + jglue_string_value_offset);
    int8_t coder = *(int8_t *)((char *)s + jglue_string_coder_offset);
    int32_t n = JARR_LEN(value);
    const char *b = JARR_DATA(value, char);
    for (int32_t i = 0; i < n; i += coder ? 2 : 1) jrt_write(2, &b[i], 1);
}

static JNORETURN void halt_forever(void) {
    for (;;) __asm__ volatile("cli; hlt");
}

JNORETURN void jrt_exit(int32_t code) {
    (void)code;
    halt_forever();
}

/* At most this many frames of a fatal error's trace. */
#define FATAL_FRAMES 32

/* Prints the message and the Java frames that led here (innermost first), then stops this CPU. */
JNORETURN void jrt_fatal(const char *message) {
    puts_raw("\njos runtime: fatal: ");
    puts_raw(message);
    puts_raw("\n");
    int64_t frames[2 * FATAL_FRAMES];
    int32_t n = jrt_walk_frames(frames, FATAL_FRAMES);
    for (int32_t i = 0; i < n; i++) {
        const jmethod_meta *meta = (const jmethod_meta *)(uintptr_t)frames[2 * i];
        puts_raw("    at ");
        put_string(meta->class_name);
        puts_raw(".");
        put_string(meta->method_name);
        puts_raw("(");
        put_string(meta->file_name);
        puts_raw(":");
        put_dec((int32_t)frames[2 * i + 1]);
        puts_raw(")\n");
    }
    halt_forever();
}

void jrt_fatal_exception(jobject t, const char *where) {
    puts_raw("\njos runtime: uncaught ");
    put_string(t->klass->name);
    puts_raw(" in ");
    jrt_fatal(where);
}

void *jrt_map_pages(size_t bytes) {
    (void)bytes;
    jrt_fatal("allocation, but this program has no heap (freestanding code must not use 'new', string concatenation or boxing)");
}

int64_t jrt_nano_time(void) {
    jrt_fatal("System.nanoTime has no clock on a freestanding target");
}

int64_t jrt_current_millis(void) {
    jrt_fatal("System.currentTimeMillis has no clock on a freestanding target");
}

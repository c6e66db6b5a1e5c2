/*
 * hw.h: the hardware intrinsics of jos.hw (Cpu, Memory, Atomic) as inline C. The compiler replaces a
 * call to jos.hw.X.m with jhw_X_m. Java int/long map to int32_t/int64_t; addresses are int64_t.
 */
#ifndef JOS_HW_H
#define JOS_HW_H
#include "jrt.h"

#define JHW_PTR(T, a) ((T *)(uintptr_t)(a))

/* ---- jos.hw.Memory ---- */
static inline int32_t jhw_Memory_read8(int64_t a) { return *JHW_PTR(int8_t, a); }
static inline int32_t jhw_Memory_read16(int64_t a) { return *JHW_PTR(int16_t, a); }
static inline int32_t jhw_Memory_read32(int64_t a) { return *JHW_PTR(int32_t, a); }
static inline int64_t jhw_Memory_read64(int64_t a) { return *JHW_PTR(int64_t, a); }
static inline void jhw_Memory_write8(int64_t a, int32_t v) { *JHW_PTR(int8_t, a) = (int8_t)v; }
static inline void jhw_Memory_write16(int64_t a, int32_t v) { *JHW_PTR(int16_t, a) = (int16_t)v; }
static inline void jhw_Memory_write32(int64_t a, int32_t v) { *JHW_PTR(int32_t, a) = v; }
static inline void jhw_Memory_write64(int64_t a, int64_t v) { *JHW_PTR(int64_t, a) = v; }
static inline int32_t jhw_Memory_readVolatile8(int64_t a) { return *JHW_PTR(volatile int8_t, a); }
static inline int32_t jhw_Memory_readVolatile16(int64_t a) { return *JHW_PTR(volatile int16_t, a); }
static inline int32_t jhw_Memory_readVolatile32(int64_t a) { return *JHW_PTR(volatile int32_t, a); }
static inline int64_t jhw_Memory_readVolatile64(int64_t a) { return *JHW_PTR(volatile int64_t, a); }
static inline void jhw_Memory_writeVolatile8(int64_t a, int32_t v) { *JHW_PTR(volatile int8_t, a) = (int8_t)v; }
static inline void jhw_Memory_writeVolatile16(int64_t a, int32_t v) { *JHW_PTR(volatile int16_t, a) = (int16_t)v; }
static inline void jhw_Memory_writeVolatile32(int64_t a, int32_t v) { *JHW_PTR(volatile int32_t, a) = v; }
static inline void jhw_Memory_writeVolatile64(int64_t a, int64_t v) { *JHW_PTR(volatile int64_t, a) = v; }
static inline void jhw_Memory_copy(int64_t d, int64_t s, int64_t n) { memmove(JHW_PTR(void, d), JHW_PTR(void, s), (size_t)n); }
static inline void jhw_Memory_fill(int64_t d, int32_t v, int64_t n) { memset(JHW_PTR(void, d), v & 0xff, (size_t)n); }
static inline int64_t jhw_Memory_addressOf(jobject array) {
    return array == NULL ? 0 : (int64_t)(uintptr_t)JARR_DATA(array, char);
}

/* ---- jos.hw.Cpu ---- */
static inline void jhw_Cpu_out8(int32_t port, int32_t v) { __asm__ volatile("outb %b0, %w1" : : "a"(v), "Nd"(port) : "memory"); }
static inline void jhw_Cpu_out16(int32_t port, int32_t v) { __asm__ volatile("outw %w0, %w1" : : "a"(v), "Nd"(port) : "memory"); }
static inline void jhw_Cpu_out32(int32_t port, int32_t v) { __asm__ volatile("outl %0, %w1" : : "a"(v), "Nd"(port) : "memory"); }
static inline int32_t jhw_Cpu_in8(int32_t port) { uint8_t v; __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"(port) : "memory"); return (int8_t)v; }
static inline int32_t jhw_Cpu_in16(int32_t port) { uint16_t v; __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"(port) : "memory"); return (int16_t)v; }
static inline int32_t jhw_Cpu_in32(int32_t port) { uint32_t v; __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"(port) : "memory"); return (int32_t)v; }
static inline int64_t jhw_Cpu_readMsr(int32_t msr) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return (int64_t)((uint64_t)hi << 32 | lo);
}
static inline void jhw_Cpu_writeMsr(int32_t msr, int64_t v) {
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)((uint64_t)v >> 32)) : "memory");
}
#define JHW_CR(n) \
    static inline int64_t jhw_Cpu_readCr##n(void) { int64_t v; __asm__ volatile("mov %%cr" #n ", %0" : "=r"(v) : : "memory"); return v; }
JHW_CR(0)
JHW_CR(2)
JHW_CR(3)
JHW_CR(4)
static inline void jhw_Cpu_writeCr0(int64_t v) { __asm__ volatile("mov %0, %%cr0" : : "r"(v) : "memory"); }
static inline void jhw_Cpu_writeCr3(int64_t v) { __asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory"); }
static inline void jhw_Cpu_writeCr4(int64_t v) { __asm__ volatile("mov %0, %%cr4" : : "r"(v) : "memory"); }
static inline void jhw_Cpu_invlpg(int64_t a) { __asm__ volatile("invlpg (%0)" : : "r"(a) : "memory"); }
static inline void jhw_Cpu_hlt(void) { __asm__ volatile("hlt" : : : "memory"); }
static inline void jhw_Cpu_cli(void) { __asm__ volatile("cli" : : : "memory"); }
static inline void jhw_Cpu_sti(void) { __asm__ volatile("sti" : : : "memory"); }
static inline void jhw_Cpu_pause(void) { __asm__ volatile("pause" : : : "memory"); }
static inline int64_t jhw_Cpu_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (int64_t)((uint64_t)hi << 32 | lo);
}
static inline int32_t jhw_Cpu_cpuid(int32_t leaf, int32_t subleaf, int32_t reg) {
    uint32_t r[4];
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(subleaf));
    return (int32_t)r[reg & 3];
}
static inline void jhw_Cpu_lgdt(int64_t a) { __asm__ volatile("lgdt (%0)" : : "r"(a) : "memory"); }
static inline void jhw_Cpu_lidt(int64_t a) { __asm__ volatile("lidt (%0)" : : "r"(a) : "memory"); }
static inline void jhw_Cpu_ltr(int32_t sel) { __asm__ volatile("ltr %w0" : : "r"(sel) : "memory"); }
static inline void jhw_Cpu_swapgs(void) { __asm__ volatile("swapgs" : : : "memory"); }

/* ---- jos.hw.Atomic ---- */
static inline int32_t jhw_Atomic_load32(int64_t a) { return __atomic_load_n(JHW_PTR(int32_t, a), __ATOMIC_SEQ_CST); }
static inline int64_t jhw_Atomic_load64(int64_t a) { return __atomic_load_n(JHW_PTR(int64_t, a), __ATOMIC_SEQ_CST); }
static inline void jhw_Atomic_store32(int64_t a, int32_t v) { __atomic_store_n(JHW_PTR(int32_t, a), v, __ATOMIC_SEQ_CST); }
static inline void jhw_Atomic_store64(int64_t a, int64_t v) { __atomic_store_n(JHW_PTR(int64_t, a), v, __ATOMIC_SEQ_CST); }
static inline int32_t jhw_Atomic_compareAndExchange32(int64_t a, int32_t e, int32_t u) {
    __atomic_compare_exchange_n(JHW_PTR(int32_t, a), &e, u, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return e;
}
static inline int64_t jhw_Atomic_compareAndExchange64(int64_t a, int64_t e, int64_t u) {
    __atomic_compare_exchange_n(JHW_PTR(int64_t, a), &e, u, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return e;
}
static inline int32_t jhw_Atomic_getAndAdd32(int64_t a, int32_t d) { return __atomic_fetch_add(JHW_PTR(int32_t, a), d, __ATOMIC_SEQ_CST); }
static inline int64_t jhw_Atomic_getAndAdd64(int64_t a, int64_t d) { return __atomic_fetch_add(JHW_PTR(int64_t, a), d, __ATOMIC_SEQ_CST); }
static inline int32_t jhw_Atomic_exchange32(int64_t a, int32_t v) { return __atomic_exchange_n(JHW_PTR(int32_t, a), v, __ATOMIC_SEQ_CST); }
static inline int64_t jhw_Atomic_exchange64(int64_t a, int64_t v) { return __atomic_exchange_n(JHW_PTR(int64_t, a), v, __ATOMIC_SEQ_CST); }

#endif

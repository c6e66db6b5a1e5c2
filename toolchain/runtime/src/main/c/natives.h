/*
 * natives.h: every native method of the runtime's Java classes, by the name the compiler
 * derives: jnative_<class, with '/' as '_'>__<method>. Overloaded natives are not allowed.
 * The compiler reads this file to check that each reachable native exists.
 * Small ones are inline here so generated code pays no call for them; an inline native must never
 * raise an exception, because the compiler leaves out the pending-exception test after calling one.
 */
#ifndef JRT_NATIVES_H
#define JRT_NATIVES_H
#include "jrt.h"

int32_t jnative_java_lang_Object__hashCode(jobject self);
int32_t jnative_java_lang_System__identityHashCode(jobject o);
jobject jnative_jos_rt_Mem__shallowCopy(jobject o);
jobject jnative_java_lang_Class__getName(jobject self);
jobject jnative_java_lang_Class__getSimpleName(jobject self);
jobject jnative_java_lang_Class__getSuperclass(jobject self);
jobject jnative_java_lang_Class__getComponentType(jobject self);
int32_t jnative_java_lang_Class__flags(jobject self);
jobject jnative_java_lang_Class__enclosing(jobject self);
int32_t jnative_java_lang_Class__isInstance(jobject self, jobject o);
int32_t jnative_java_lang_Class__isAssignableFrom(jobject self, jobject other);
jobject jnative_java_lang_Throwable__captureBacktrace(void);
jobject jnative_jos_rt_Backtrace__className(int64_t meta);
jobject jnative_jos_rt_Backtrace__methodName(int64_t meta);
jobject jnative_jos_rt_Backtrace__fileName(int64_t meta);
void jnative_jos_rt_Mem__copy(jobject src, int32_t src_byte, jobject dst, int32_t dst_byte, int32_t bytes);
void *memmove(void *d, const void *s, size_t n);
/* System.arraycopy's common case, decided with one look at each array: both arrays, in bounds, and the
 * same class or reference arrays whose element classes make every store fit; then one move. Anything
 * else (nulls, errors, element-by-element checks) returns 0 and System's Java path does it exactly. */
static inline int32_t jnative_jos_rt_Mem__arraycopyFast(jobject src, int32_t sp, jobject dst, int32_t dp, int32_t len) {
    if (src == NULL || dst == NULL) return 0;
    const jclass_s *sc = src->klass, *dc = dst->klass;
    if (!(sc->flags & JCLS_ARRAY) || !(dc->flags & JCLS_ARRAY)) return 0;
    if (sc != dc && (!(sc->flags & JCLS_REFARRAY) || !(dc->flags & JCLS_REFARRAY)
                     || !jrt_is_subclass(sc->component, dc->component))) return 0;
    if ((sp | dp | len) < 0 || (int64_t)sp + len > JARR_LEN(src) || (int64_t)dp + len > JARR_LEN(dst)) return 0;
    size_t size = sc->instance_size;
    memmove(JARR_DATA(dst, char) + (size_t)dp * size, JARR_DATA(src, char) + (size_t)sp * size, (size_t)len * size);
    if (dc->flags & JCLS_REFARRAY) jrt_card_range(JARR_DATA(dst, char) + (size_t)dp * size, (size_t)len * size);
    return 1;
}
/* String.equals on the value arrays of two strings with one coder: n bytes, a word at a time. */
static inline int32_t jnative_jos_rt_Mem__bytesEqual(jobject a, jobject b, int32_t n) {
    typedef uint64_t __attribute__((may_alias)) word;
    const char *p = JARR_DATA(a, char), *q = JARR_DATA(b, char);
    int32_t i = 0;
    for (; i + 8 <= n; i += 8) if (*(const word *)(p + i) != *(const word *)(q + i)) return 0;
    for (; i < n; i++) if (p[i] != q[i]) return 0;
    return 1;
}
int32_t jnative_jos_rt_Mem__elementSize(jobject array);
int32_t jnative_jos_rt_Sys__write(int32_t fd, jobject bytes, int32_t off, int32_t len);
void jnative_jos_rt_Sys__exit(int32_t code);
void jnative_jos_rt_Sys__gc(void);
enum { JRT_MEM_MAX = 0, JRT_MEM_TOTAL = 1, JRT_MEM_FREE = 2 };
int64_t jnative_jos_rt_Sys__memory(int32_t what);
int64_t jnative_jos_rt_Sys__nanoTime(void);
int64_t jnative_jos_rt_Sys__currentTimeMillis(void);
int32_t jnative_jos_rt_Sys__platformFact(int32_t what, jobject out);
int32_t jnative_jos_rt_Sys__getenv(jobject name, jobject out);
jobject jnative_java_util_Arrays__newArrayOfType(jobject comp, int32_t length);
int32_t jnative_java_lang_Float__floatToRawIntBits(float f);
float jnative_java_lang_Float__intBitsToFloat(int32_t i);
int64_t jnative_java_lang_Double__doubleToRawLongBits(double d);
double jnative_java_lang_Double__longBitsToDouble(int64_t l);

/* java.lang.Math / StrictMath: exact operations the hardware does in one instruction. */
static inline double jnative_java_lang_Math__sqrt(double d) { return __builtin_sqrt(d); }
static inline double jnative_java_lang_StrictMath__sqrt(double d) { return __builtin_sqrt(d); }
static inline int64_t jnative_java_lang_Math__multiplyHigh(int64_t a, int64_t b) {
    return (int64_t)(((__int128)a * (__int128)b) >> 64);
}
static inline int64_t jnative_java_lang_Math__unsignedMultiplyHigh(int64_t a, int64_t b) {
    return (int64_t)(((unsigned __int128)(uint64_t)a * (unsigned __int128)(uint64_t)b) >> 64);
}
double jnative_java_lang_Math__fma(double a, double b, double c);
double jrt_drem(double a, double b);
static inline double jnative_java_lang_Math__fmod(double a, double b) { return jrt_drem(a, b); }

/* Bit operations: one instruction each. */
static inline int32_t jnative_java_lang_Integer__numberOfLeadingZeros(int32_t i) { return i == 0 ? 32 : __builtin_clz((uint32_t)i); }
static inline int32_t jnative_java_lang_Integer__numberOfTrailingZeros(int32_t i) { return i == 0 ? 32 : __builtin_ctz((uint32_t)i); }
static inline int32_t jnative_java_lang_Integer__bitCount(int32_t i) { return __builtin_popcount((uint32_t)i); }
static inline int32_t jnative_java_lang_Long__numberOfLeadingZeros(int64_t i) { return i == 0 ? 64 : __builtin_clzl((uint64_t)i); }
static inline int32_t jnative_java_lang_Long__numberOfTrailingZeros(int64_t i) { return i == 0 ? 64 : __builtin_ctzl((uint64_t)i); }
static inline int32_t jnative_java_lang_Long__bitCount(int64_t i) { return __builtin_popcountl((uint64_t)i); }

/* jos.rt.Atomics: sequentially consistent operations on a field or array element at (object, byte offset).
 * Offsets come from Atomics.fieldOffset(Class, "name") and Atomics.arrayOffset(array, index), which the
 * compiler folds. On x86_64 these are lock-prefixed instructions (or xchg), the JMM's volatile semantics. */
#define JATOM_PTR(T, o, off) ((T *)((char *)(o) + (off)))
static inline int32_t jnative_jos_rt_Atomics__getInt(jobject o, int64_t off) { return __atomic_load_n(JATOM_PTR(int32_t, o, off), __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setInt(jobject o, int64_t off, int32_t v) { __atomic_store_n(JATOM_PTR(int32_t, o, off), v, __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setIntRelease(jobject o, int64_t off, int32_t v) { __atomic_store_n(JATOM_PTR(int32_t, o, off), v, __ATOMIC_RELEASE); }
static inline int32_t jnative_jos_rt_Atomics__casInt(jobject o, int64_t off, int32_t e, int32_t v) {
    return __atomic_compare_exchange_n(JATOM_PTR(int32_t, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
static inline int32_t jnative_jos_rt_Atomics__caeInt(jobject o, int64_t off, int32_t e, int32_t v) {
    __atomic_compare_exchange_n(JATOM_PTR(int32_t, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return e;
}
static inline int32_t jnative_jos_rt_Atomics__getAndAddInt(jobject o, int64_t off, int32_t d) { return __atomic_fetch_add(JATOM_PTR(int32_t, o, off), d, __ATOMIC_SEQ_CST); }
static inline int32_t jnative_jos_rt_Atomics__getAndSetInt(jobject o, int64_t off, int32_t v) { return __atomic_exchange_n(JATOM_PTR(int32_t, o, off), v, __ATOMIC_SEQ_CST); }
static inline int64_t jnative_jos_rt_Atomics__getLong(jobject o, int64_t off) { return __atomic_load_n(JATOM_PTR(int64_t, o, off), __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setLong(jobject o, int64_t off, int64_t v) { __atomic_store_n(JATOM_PTR(int64_t, o, off), v, __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setLongRelease(jobject o, int64_t off, int64_t v) { __atomic_store_n(JATOM_PTR(int64_t, o, off), v, __ATOMIC_RELEASE); }
static inline int32_t jnative_jos_rt_Atomics__casLong(jobject o, int64_t off, int64_t e, int64_t v) {
    return __atomic_compare_exchange_n(JATOM_PTR(int64_t, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
static inline int64_t jnative_jos_rt_Atomics__caeLong(jobject o, int64_t off, int64_t e, int64_t v) {
    __atomic_compare_exchange_n(JATOM_PTR(int64_t, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return e;
}
static inline int64_t jnative_jos_rt_Atomics__getAndAddLong(jobject o, int64_t off, int64_t d) { return __atomic_fetch_add(JATOM_PTR(int64_t, o, off), d, __ATOMIC_SEQ_CST); }
static inline int64_t jnative_jos_rt_Atomics__getAndSetLong(jobject o, int64_t off, int64_t v) { return __atomic_exchange_n(JATOM_PTR(int64_t, o, off), v, __ATOMIC_SEQ_CST); }
static inline jobject jnative_jos_rt_Atomics__getRef(jobject o, int64_t off) { return __atomic_load_n(JATOM_PTR(jobject, o, off), __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setRef(jobject o, int64_t off, jobject v) { __atomic_store_n(JATOM_PTR(jobject, o, off), v, __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__setRefRelease(jobject o, int64_t off, jobject v) { __atomic_store_n(JATOM_PTR(jobject, o, off), v, __ATOMIC_RELEASE); }
static inline int32_t jnative_jos_rt_Atomics__casRef(jobject o, int64_t off, jobject e, jobject v) {
    return __atomic_compare_exchange_n(JATOM_PTR(jobject, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
static inline jobject jnative_jos_rt_Atomics__caeRef(jobject o, int64_t off, jobject e, jobject v) {
    __atomic_compare_exchange_n(JATOM_PTR(jobject, o, off), &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return e;
}
static inline jobject jnative_jos_rt_Atomics__getAndSetRef(jobject o, int64_t off, jobject v) { return __atomic_exchange_n(JATOM_PTR(jobject, o, off), v, __ATOMIC_SEQ_CST); }
static inline void jnative_jos_rt_Atomics__fullFence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline int64_t jnative_jos_rt_Atomics__arrayBase(void) { return JARR_DATA_OFFSET; }

#endif

/* Natives of the java.* runtime classes: the few operations Java code cannot express. */
#include "jrt.h"
#include "natives.h"

/* java.lang.Object */
int32_t jnative_java_lang_Object__hashCode(jobject self) {
    if (self->hash == 0) {
        /* Objects do not move, so the address is a stable identity; mix it so low bits vary. */
        uint64_t x = (uint64_t)(uintptr_t)self;
        x ^= x >> 33; x *= 0xff51afd7ed558ccdul; x ^= x >> 33;
        self->hash = (uint32_t)x & 0x7fffffff;
        if (self->hash == 0) self->hash = 1;
    }
    return (int32_t)self->hash;
}

jobject jnative_jos_rt_Mem__shallowCopy(jobject o) { return jrt_clone(o); }

/* java.lang.Class: the descriptor is the Class object. */
jobject jnative_java_lang_Class__getName(jobject self) { return ((const jclass_s *)self)->name; }
jobject jnative_java_lang_Class__getSimpleName(jobject self) { return ((const jclass_s *)self)->simple_name; }
jobject jnative_java_lang_Class__getSuperclass(jobject self) {
    return (jobject)((const jclass_s *)self)->super;
}
jobject jnative_java_lang_Class__getComponentType(jobject self) {
    return (jobject)((const jclass_s *)self)->component;
}
jobject jnative_java_lang_Class__enclosing(jobject self) {
    return (jobject)((const jclass_s *)self)->enclosing;
}
int32_t jnative_java_lang_Class__flags(jobject self) { return (int32_t)((const jclass_s *)self)->flags; }
int32_t jnative_java_lang_Class__isInstance(jobject self, jobject o) {
    return jrt_instanceof(o, (const jclass_s *)self);
}
int32_t jnative_java_lang_Class__isAssignableFrom(jobject self, jobject other) {
    return jrt_is_subclass((const jclass_s *)other, (const jclass_s *)self);
}

/* java.lang.Throwable: the backtrace is a long[] of (method meta, line) pairs, innermost first. */
jobject jnative_java_lang_Throwable__captureBacktrace(void) {
    /* As HotSpot's MaxJavaStackTraceDepth: the innermost 1024 frames. */
    int32_t n = jrt_walk_frames(NULL, 1024);
    jobject a = jrt_new_array(&jclass_arr_J, 2 * n);
    if (a == NULL) return NULL;
    jrt_walk_frames(JARR_DATA(a, int64_t), n);
    return a;
}

jobject jnative_jos_rt_Backtrace__className(int64_t meta) { return ((const jmethod_meta *)meta)->class_name; }
jobject jnative_jos_rt_Backtrace__methodName(int64_t meta) { return ((const jmethod_meta *)meta)->method_name; }
jobject jnative_jos_rt_Backtrace__fileName(int64_t meta) { return ((const jmethod_meta *)meta)->file_name; }

/* jos.rt.Mem: raw copies behind System.arraycopy, Arrays and the string classes. */
void jnative_jos_rt_Mem__copy(jobject src, int32_t src_byte, jobject dst, int32_t dst_byte, int32_t bytes) {
    memmove(JARR_DATA(dst, char) + dst_byte, JARR_DATA(src, char) + src_byte, (size_t)bytes);
    if (dst->klass->flags & JCLS_REFARRAY) jrt_card_range(JARR_DATA(dst, char) + dst_byte, (uint64_t)bytes);
}

int32_t jnative_jos_rt_Mem__elementSize(jobject array) { return (int32_t)array->klass->instance_size; }

/* jos.rt.Sys: the platform. */
int32_t jnative_jos_rt_Sys__write(int32_t fd, jobject bytes, int32_t off, int32_t len) {
    const char *p = JARR_DATA(bytes, char) + off;
    int32_t done = 0;
    while (done < len) {
        int64_t r = jrt_write(fd, p + done, len - done);
        if (r <= 0) return done;
        done += (int32_t)r;
    }
    return done;
}

void jnative_jos_rt_Sys__exit(int32_t code) { jrt_exit(code); }
int64_t jnative_jos_rt_Sys__nanoTime(void) { return jrt_nano_time(); }
int32_t jnative_jos_rt_Sys__platformFact(int32_t what, jobject out) {
    return (int32_t)jrt_platform_fact(what, JARR_DATA(out, char), JARR_LEN(out));
}
int32_t jnative_jos_rt_Sys__getenv(jobject name, jobject out) {
    return (int32_t)jrt_getenv(JARR_DATA(name, char), JARR_LEN(name), JARR_DATA(out, char), JARR_LEN(out));
}
int64_t jnative_jos_rt_Sys__currentTimeMillis(void) { return jrt_current_millis(); }

#ifdef JRT_GC
void jnative_jos_rt_Sys__gc(void) { jrt_gc_collect(); }
int64_t jnative_jos_rt_Sys__memory(int32_t what) {
    return what == JRT_MEM_MAX ? jrt_gc_max_memory() : what == JRT_MEM_TOTAL ? jrt_gc_total_memory() : jrt_gc_free_memory();
}
#else   /* the loader never frees; the kernel keeps its own explicit heap */
void jnative_jos_rt_Sys__gc(void) {}
int64_t jnative_jos_rt_Sys__memory(int32_t what) {
    (void)what;
    jrt_fatal("Runtime memory figures: this target has no garbage-collected heap");
}
#endif

#ifndef JRT_NO_FP   /* freestanding targets have no floating point */
/* java.lang.Float / Double bit views */
int32_t jnative_java_lang_Float__floatToRawIntBits(float f) { union { float f; int32_t i; } u; u.f = f; return u.i; }
float jnative_java_lang_Float__intBitsToFloat(int32_t i) { union { float f; int32_t i; } u; u.i = i; return u.f; }
int64_t jnative_java_lang_Double__doubleToRawLongBits(double d) { union { double d; int64_t l; } u; u.d = d; return u.l; }
double jnative_java_lang_Double__longBitsToDouble(int64_t l) { union { double d; int64_t l; } u; u.l = l; return u.d; }
#endif


/* java.util.Arrays: an array whose class is "array of comp". The compiler links each class to its
 * array class when the program has one; a component taken from an existing array always does. */
jobject jnative_java_util_Arrays__newArrayOfType(jobject comp, int32_t length) {
    const jclass_s *ac = ((const jclass_s *)comp)->array_of;
    if (ac == NULL) jrt_fatal("Arrays.newArrayOfType: the program never creates arrays of this class");
    return jrt_new_array(ac, length);
}

/* java.lang.System */
int32_t jnative_java_lang_System__identityHashCode(jobject o) {
    return o == NULL ? 0 : jnative_java_lang_Object__hashCode(o);
}

#ifndef JRT_NO_FP
/* java.lang.Math.fma: one rounding, as the FMA instruction does (x86_64 CPUs since 2013 have it). */
__attribute__((target("fma"))) static double fma_instruction(double a, double b, double c) {
    return __builtin_fma(a, b, c);
}

double jnative_java_lang_Math__fma(double a, double b, double c) {
    static int has_fma = -1;
    if (has_fma < 0) {
        uint32_t eax, ebx, ecx, edx;
        __asm__("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "a"(1), "c"(0));
        has_fma = (ecx >> 12) & 1 ? 1 : 0;
        /* A VEX instruction also needs the OS to have enabled the SSE and AVX state (CPUID.1:ECX.OSXSAVE, then
         * XCR0 bits 1 and 2), or it raises #UD: the jos kernel does not (yet). */
        if (has_fma && !((ecx >> 27) & 1)) has_fma = 2;
        if (has_fma == 1) {
            uint32_t lo, hi;
            __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
            if ((lo & 6) != 6) has_fma = 2;
        }
    }
    if (has_fma == 0) jrt_fatal("Math.fma: this CPU has no FMA instruction");
    if (has_fma == 2) jrt_fatal("Math.fma: the operating system has not enabled the AVX state the FMA instruction needs");
    return fma_instruction(a, b, c);
}
#endif

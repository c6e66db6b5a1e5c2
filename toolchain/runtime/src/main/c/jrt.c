/* The target-independent half of the runtime: heap, type tests, arrays, natives. */
#include "jrt.h"

#ifndef JRT_PER_CPU
jobject jrt_pending;
char *jrt_stack_limit;
#endif

const jtrace_entry *jrt_trace_entry(uint64_t pc) {
    const jtrace_entry *e = jrt_trace_table.entries;
    uint64_t lo = 0, hi = jrt_trace_table.count;
    if (hi == 0 || pc < e[0].pc) return NULL;
    while (hi - lo > 1) {   /* e[lo].pc <= pc < e[hi].pc (hi == count: past the last) */
        uint64_t mid = (lo + hi) / 2;
        if (e[mid].pc <= pc) lo = mid; else hi = mid;
    }
    return &e[lo];
}

int32_t jrt_walk_frames(int64_t *fill, int32_t max) {
    uint64_t *fp = (uint64_t *)__builtin_frame_address(0);
    int32_t n = 0;
    while (fp != NULL && n < max) {
        const jtrace_entry *e = jrt_trace_entry(fp[1] - 1);
        for (uint32_t i = 0; e != NULL && i < e->count && n < max; i++, n++) {
            if (fill != NULL) {
                const jtrace_frame *f = &jrt_trace_table.frames[e->first + i];
                fill[2 * n] = (int64_t)(uintptr_t)f->meta;
                fill[2 * n + 1] = f->line;
            }
        }
        uint64_t *up = (uint64_t *)fp[0];
        if (up <= fp) break;   /* the chain only goes up the stack; _start ends it with 0 */
        fp = up;
    }
    return n;
}

/* Room kept below the limit for building and throwing the StackOverflowError itself. */
#define STACK_OVERFLOW_HEADROOM (256 * 1024)

extern jobject jglue_stack_overflow(void);

#ifdef JRT_TARGET_KERNEL
/* The kernel panics (naming the stack) instead of throwing: StackOverflowError would need the heap. */
extern void jos_kernel_stack_overflow(void) __attribute__((weak));
#endif

int jrt_stack_overflow(void) {
#ifdef JRT_TARGET_KERNEL
    jrt_stack_limit = jrt_stack_limit - JRT_KERNEL_STACK_RESERVE;
    if (jos_kernel_stack_overflow != NULL) jos_kernel_stack_overflow();
    jrt_fatal("stack overflow");
#endif
#ifdef JRT_STACK_COMMIT
    if (jrt_stack_grow(__builtin_frame_address(0))) return 0;
#endif
    char *saved = jrt_stack_limit;
    jrt_stack_limit = saved - STACK_OVERFLOW_HEADROOM;
    jobject e = jglue_stack_overflow();
    jrt_stack_limit = saved;
    if (jrt_pending == NULL) jrt_pending = e;
    return 1;
}

/* ---- Heap: the hosted and user targets collect garbage (gc.c, JRT_GC); the loader bump-allocates over
 * page-mapped chunks and never frees; the kernel keeps its own explicit heap. ---- */

#if !defined(JRT_KERNEL_HEAP) && !defined(JRT_GC)   /* the kernel supplies its own: freestanding/kernel_entry.c */
#define CHUNK_BYTES (64ul << 20)
static char *heap_cur, *heap_end;
static uint64_t heap_bytes_allocated;

void *jrt_malloc_raw(size_t bytes) {
    bytes = (bytes + 15) & ~(size_t)15;
    if (JUNLIKELY((size_t)(heap_end - heap_cur) < bytes)) {
        size_t chunk = bytes > CHUNK_BYTES ? (bytes + 0xfffff) & ~(size_t)0xfffff : CHUNK_BYTES;
        char *p = jrt_map_pages(chunk);
        if (p == NULL) return NULL;
        heap_cur = p;
        heap_end = p + chunk;
    }
    void *r = heap_cur;
    heap_cur += bytes;
    heap_bytes_allocated += bytes;
    return r;   /* fresh pages are zero */
}
#endif

extern jobject jglue_out_of_memory(void);

/* The OutOfMemoryError for a failed allocation; building it may use the collector's reserve. */
static jobject out_of_memory(void) {
#ifdef JRT_GC
    jrt_gc_reserve(1);
    jobject e = jglue_out_of_memory();
    jrt_gc_reserve(0);
    return e;
#else
    return jglue_out_of_memory();
#endif
}

jobject jrt_alloc(const jclass_s *cls) {
    jobject o = jrt_malloc_raw(cls->instance_size);
    if (JUNLIKELY(o == NULL)) { jrt_pending = out_of_memory(); return NULL; }
    o->klass = cls;
    return o;
}

jobject jrt_new_array(const jclass_s *array_cls, int32_t length) {
    /* Negative lengths are checked by the caller, which knows the source location. */
    uint64_t bytes = JARR_DATA_OFFSET + (uint64_t)(uint32_t)length * array_cls->instance_size;
    jobject o = jrt_malloc_raw(bytes);
    if (JUNLIKELY(o == NULL)) { jrt_pending = out_of_memory(); return NULL; }
    o->klass = array_cls;
    ((jarray_s *)o)->length = length;
    return o;
}

jobject jrt_multi_array(const jclass_s *array_cls, int32_t dims, const int32_t *lengths) {
    jobject a = jrt_new_array(array_cls, lengths[0]);
    if (a == NULL || dims == 1) return a;
    jobject *elems = JARR_DATA(a, jobject);
    for (int32_t i = 0; i < lengths[0]; i++) {
        elems[i] = jrt_multi_array(array_cls->component, dims - 1, lengths + 1);
        if (elems[i] == NULL) return NULL;
        jrt_card(&elems[i]);   /* the inner allocation may have collected and made the outer array old */
    }
    return a;
}

jobject jrt_clone(jobject o) {
    const jclass_s *c = o->klass;
    uint64_t bytes = (c->flags & JCLS_ARRAY)
        ? JARR_DATA_OFFSET + (uint64_t)(uint32_t)JARR_LEN(o) * c->instance_size
        : c->instance_size;
    jobject copy = jrt_malloc_raw(bytes);
    if (JUNLIKELY(copy == NULL)) { jrt_pending = out_of_memory(); return NULL; }
    memcpy(copy, o, bytes);
    copy->flags = 0;
    copy->hash = 0;
    return copy;
}

/* ---- Type tests ---- */

static int implements(const jclass_s *c, const jclass_s *iface) {
    for (uint32_t i = 0; i < c->n_itable; i++)
        if (c->itable[i].iface == iface) return 1;
    return 0;
}

int jrt_is_subclass(const jclass_s *c, const jclass_s *target) {
    if (c == target) return 1;
    if (target->flags & JCLS_INTERFACE) return implements(c, target);
    if (target->flags & JCLS_ARRAY) {
        if (!(c->flags & JCLS_ARRAY)) return 0;
        const jclass_s *ce = c->component, *te = target->component;
        if ((ce->flags & JCLS_PRIMITIVE) || (te->flags & JCLS_PRIMITIVE)) return ce == te;
        return jrt_is_subclass(ce, te);
    }
    return c->depth >= target->depth && c->display[target->depth] == target;
}

void *const *jrt_itable(const jclass_s *c, const jclass_s *iface) {
    for (uint32_t i = 0; i < c->n_itable; i++)
        if (c->itable[i].iface == iface) return c->itable[i].methods;
    jrt_fatal("interface dispatch on a class that does not implement the interface");
}

/* ---- Floating point remainder (fmod semantics), without libm ---- */

#ifndef JRT_NO_FP
double jrt_drem(double a, double b) {
    double r;
    __asm__("1: fprem\n\t"
            "fnstsw %%ax\n\t"
            "testw $0x400, %%ax\n\t"
            "jnz 1b"
            : "=t"(r) : "0"(a), "u"(b) : "ax", "cc");
    return r;
}

float jrt_frem(float a, float b) { return (float)jrt_drem(a, b); }
#endif


/* ---- Memory primitives gcc may call; written so gcc cannot turn them back into calls ---- */

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *d, const void *s, size_t n) {
    char *dp = d; const char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}

/* Word-wide when source and destination share their alignment (array data always do: both at 8). */
typedef uint64_t __attribute__((may_alias)) jrt_word;

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memmove(void *d, const void *s, size_t n) {
    char *dp = d; const char *sp = s;
    int words = (((uintptr_t)dp ^ (uintptr_t)sp) & 7) == 0;
    if (dp < sp) {
        if (words) {
            while (n && ((uintptr_t)dp & 7)) { *dp++ = *sp++; n--; }
            for (; n >= 8; n -= 8, dp += 8, sp += 8) *(jrt_word *)dp = *(const jrt_word *)sp;
        }
        while (n--) *dp++ = *sp++;
    } else {
        dp += n; sp += n;
        if (words) {
            while (n && ((uintptr_t)dp & 7)) { *--dp = *--sp; n--; }
            for (; n >= 8; n -= 8) { dp -= 8; sp -= 8; *(jrt_word *)dp = *(const jrt_word *)sp; }
        }
        while (n--) *--dp = *--sp;
    }
    return d;
}

/* By words once aligned, as memmove: the kernel clears its call records and outcomes on every system call. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *d, int c, size_t n) {
    char *dp = d;
    while (n && ((uintptr_t)dp & 7)) { *dp++ = (char)c; n--; }
    jrt_word w = (uint8_t)c * 0x0101010101010101ul;
    for (; n >= 8; n -= 8, dp += 8) *(jrt_word *)dp = w;
    while (n--) *dp++ = (char)c;
    return d;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++) if (*x != *y) return *x - *y;
    return 0;
}

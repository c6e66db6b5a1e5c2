/*
 * jrt.h: the contract between generated C and the hand-written runtime.
 *
 * Every Java object starts with a jobject_s header. The klass word points at the
 * class descriptor, which is itself a java.lang.Class object (java.lang.Class
 * declares no instance fields; its accessors read the descriptor). Arrays add a
 * 32-bit length and keep their elements 8-byte aligned at JARR_DATA_OFFSET.
 *
 * Exceptions travel in a pending slot (jrt_pending): a method that throws sets it
 * and returns; every call site tests it. Stack traces come from the frame-pointer chain and the
 * compiler's trace table, on every target: methods keep no record of their own.
 */
#ifndef JRT_H
#define JRT_H

typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef unsigned long uintptr_t;
typedef unsigned long size_t;
typedef long intptr_t;
#define NULL ((void *)0)
#define offsetof(T, m) __builtin_offsetof(T, m)

#define JLIKELY(x) __builtin_expect(!!(x), 1)
#define JUNLIKELY(x) __builtin_expect(!!(x), 0)
#define JNORETURN __attribute__((noreturn))

typedef struct jobject_s *jobject;
struct jclass_s;

typedef struct jobject_s {
    const struct jclass_s *klass;
    uint32_t flags;   /* JOBJ_* bits; the collector will use this word too */
    uint32_t hash;    /* identity hash, assigned on first request */
} jobject_s;

#define JOBJ_STATIC 1u   /* lives in the image (literals, descriptors): never freed */

typedef struct jarray_s {
    jobject_s hdr;
    int32_t length;
    int32_t pad;
} jarray_s;

#define JARR_DATA_OFFSET 24
#define JARR_DATA(a, T) ((T *)((char *)(a) + JARR_DATA_OFFSET))
#define JARR_LEN(a) (((jarray_s *)(a))->length)

/* One implemented interface of a class and the class's methods for it, in the interface's slot order. */
typedef struct jitable_entry {
    const struct jclass_s *iface;
    void *const *methods;
} jitable_entry;

enum {
    JCLS_INTERFACE = 1, JCLS_ARRAY = 2, JCLS_PRIMITIVE = 4, JCLS_ABSTRACT = 8,
    JCLS_ENUM = 16, JCLS_RECORD = 32, JCLS_REFARRAY = 64, JCLS_THROWABLE = 128,
    JCLS_MEMBER = 256, JCLS_LOCAL = 512, JCLS_ANONYMOUS = 1024
};

/* A class descriptor; also the java.lang.Class object of that class. */
typedef struct jclass_s {
    jobject_s hdr;
    jobject name;                  /* java.lang.String, binary name: "java.lang.String", "[I" */
    jobject simple_name;           /* java.lang.String */
    const struct jclass_s *super;
    const struct jclass_s *component; /* arrays: element class */
    const struct jclass_s *array_of;  /* the array class with this element type, if the program uses it */
    const struct jclass_s *enclosing; /* nested, local and anonymous classes: the class around them */
    const struct jclass_s *const *display; /* display[d] = ancestor at depth d (Object is depth 0) */
    const jitable_entry *itable;   /* every interface implemented, transitively, each at its index */
    const uint32_t *ref_offsets;   /* offsets of reference fields in instances, for the collector */
    uint32_t flags;
    uint32_t depth;
    uint32_t instance_size;        /* arrays: element size */
    uint32_t n_itable;
    uint32_t n_refs;
    uint32_t id;
    void *const vtable[];
} jclass_s;

/* Method metadata for stack traces. */
typedef struct jmethod_meta {
    jobject class_name;   /* java.lang.String literals: binary class name, method name, */
    jobject method_name;
    jobject file_name;    /* and source file, NULL when the class has no SourceFile */
} jmethod_meta;

/* The compiler's table from code addresses to Java frames, built from the image's DWARF after a first link and added by a second in section .jrt_traces,
 * placed after everything else so that no address moves. Entry i covers [pc, next entry's pc) and names
 * count frames from frames[first], innermost first (several where gcc inlined Java methods). */
typedef struct jtrace_frame {
    const jmethod_meta *meta;
    int32_t line;
    uint32_t flags;   /* JTRACE_FRAMELESS: an assembly method without a frame record (its return address is at rsp) */
} jtrace_frame;
#define JTRACE_FRAMELESS 1u
typedef struct jtrace_entry {
    uint64_t pc;
    uint32_t first;
    uint32_t count;
} jtrace_entry;
typedef struct jtrace_table {
    uint64_t count;
    const jtrace_entry *entries;
    const jtrace_frame *frames;
} jtrace_table;
extern const jtrace_table jrt_trace_table;
/* The entry covering pc, or NULL (before the first entry). */
const jtrace_entry *jrt_trace_entry(uint64_t pc);
/* The Java frames of the frame-pointer chain above the caller, innermost first, as (method meta, line)
 * pairs into fill (NULL: only counted), at most max: each return address less one lies in its call, whose
 * table entry names the frames there (several where gcc inlined). Returns how many. No allocation. */
int32_t jrt_walk_frames(int64_t *fill, int32_t max);

/* Per-thread state: the pending exception and the stack limit. The hosted,
 * loader and user targets run one thread: plain globals. The kernel runs on every CPU at once: the
 * state is the first words of each CPU's per-CPU block, reached through GS.base (one GS-relative access;
 * jos.kernel.x86.PerCpu declares the same layout). */
#ifdef JRT_PER_CPU
typedef struct jrt_cpu {
    uint64_t free;   /* PerCpu.FREE: not the runtime's (once the shadow frame chain's top) */
    struct jobject_s *pending;
    char *stack_limit;
} jrt_cpu;
#define JRT_CPU ((__seg_gs jrt_cpu *)0)
#define jrt_pending (JRT_CPU->pending)
#define jrt_stack_limit (JRT_CPU->stack_limit)
#else
extern jobject jrt_pending;
#endif

#define JEXC() JUNLIKELY(jrt_pending != NULL)

/* Below this address a method's frame would run into the end of the stack: it raises
 * StackOverflowError instead (methods that call check on entry; leaves cannot recurse). */
#ifndef JRT_PER_CPU
extern char *jrt_stack_limit;
#endif
/* Nonzero: StackOverflowError is pending, the caller unwinds; 0: the stack grew (JRT_STACK_COMMIT), it goes on. */
int jrt_stack_overflow(void);
#ifdef JRT_STACK_COMMIT
/* The platform commits more of the stack's reservation below the limit and lowers it: 0 when it cannot. */
int jrt_stack_grow(char *frame);
#endif
/* Kernel: bytes kept below a CPU's stack limit for reporting an overflow (the panic path). */
#define JRT_KERNEL_STACK_RESERVE (12 * 1024)

/* Heap. */
jobject jrt_alloc(const jclass_s *cls);
jobject jrt_new_array(const jclass_s *array_cls, int32_t length);  /* NULL + pending on error */
jobject jrt_multi_array(const jclass_s *array_cls, int32_t dims, const int32_t *lengths);
jobject jrt_clone(jobject o);
void *jrt_malloc_raw(size_t bytes);   /* zeroed, 16-byte aligned; NULL when the heap is full */

/* The collector (gc.c, targets with JRT_GC; docs/gc.md). */
extern char *jrt_gc_stack_base;          /* set by the platform's entry: where the stack scan stops */
void jrt_gc_reserve(int open);
void jrt_gc_collect(void);
int64_t jrt_gc_max_memory(void);
int64_t jrt_gc_total_memory(void);
int64_t jrt_gc_free_memory(void);
/*
 * The write barrier: every reference stored into memory that may be in the heap dirties the 512-byte card
 * holding the slot, so a minor collection finds old objects that may point to young ones (docs/gc.md).
 * Slots outside the heap (statics, image objects) are roots anyway. One subtract, compare and byte store.
 */
#define JRT_CARD_SHIFT 9
#ifdef JRT_GC
/* A card's byte inside a struct: a plain char store may alias anything, so gcc would reload every value
 * it holds from memory (the table's bounds, the program's fields) after each barrier. */
struct jrt_card { uint8_t dirty; };
extern struct jrt_cards { uintptr_t heap, bytes; struct jrt_card *table; } jrt_cards;
static inline void jrt_card(const void *slot) {
    uintptr_t off = (uintptr_t)slot - jrt_cards.heap;
    if (JLIKELY(off < jrt_cards.bytes)) jrt_cards.table[off >> JRT_CARD_SHIFT].dirty = 1;
}
/*
 * The allocation fast path: new of a class bumps the collector's current run of free lines inline. Runs
 * are zeroed when handed out and counted towards the collection budget whole, so only the header and the
 * object-start bit (conservative roots find objects by it) are written; an exhausted run, a collection
 * due or a large object take jrt_alloc. size is sizeof the instance struct, a compile-time constant.
 */
#define JRT_GC_LARGE_OBJECT 8192u   /* larger objects take whole blocks (gc.c) */
struct jrt_cursor { char *cur, *lim; uint32_t block, line; };
/* starts_at: the start bitmap less heap / 1024 words. The heap is block-aligned, so the word of the
 * granule at address p is starts_at + (p >> 10) * 8 and its bit (p >> 4) & 63: no subtraction of the base. */
extern struct jrt_bump { struct jrt_cursor small; uintptr_t starts_at; } jrt_bump;
static inline void jrt_set_start(const void *p) {
    uintptr_t a = (uintptr_t)p;
    *(uint64_t *)(jrt_bump.starts_at + (a >> 10) * 8) |= 1ul << ((a >> 4) & 63);
}
static inline jobject jrt_new(const struct jclass_s *cls, uint64_t size) {
    uint64_t bytes = (size + 15) & ~(uint64_t)15;
    char *r = jrt_bump.small.cur;
    if (JUNLIKELY(bytes > JRT_GC_LARGE_OBJECT || (uint64_t)(jrt_bump.small.lim - r) < bytes)) return jrt_alloc(cls);
    jrt_bump.small.cur = r + bytes;
    jrt_set_start(r);
    ((jobject)r)->klass = cls;
    return (jobject)r;
}
/* After a raw copy of n bytes of references to dst. */
static inline void jrt_card_range(const void *dst, uint64_t n) {
    for (uint64_t i = 0; i < n; i += (1u << JRT_CARD_SHIFT)) jrt_card((const char *)dst + i);
    if (n > 0) jrt_card((const char *)dst + n - 1);
}
#else
static inline jobject jrt_new(const struct jclass_s *cls, uint64_t size) { (void)size; return jrt_alloc(cls); }
static inline void jrt_card(const void *slot) { (void)slot; }
static inline void jrt_card_range(const void *dst, uint64_t n) { (void)dst; (void)n; }
#endif
/* Platform: calls visit on every writable data range of the program (conservative roots), and the
 * maximum heap when JOS_MAX_HEAP is not set. */
void jrt_root_ranges(void (*visit)(char *lo, char *hi));
uint64_t jrt_default_max_heap(void);

/* Type tests. */
int jrt_is_subclass(const jclass_s *c, const jclass_s *target);
static inline int jrt_instanceof(jobject o, const jclass_s *target) {
    return o != NULL && jrt_is_subclass(o->klass, target);
}
/* Class-only fast path: target is a non-interface, non-array class at a known depth. Every display is as
 * long as the deepest class's, NULL past the class's own depth (ProgramEmitter.displayWidth): no depth compare. */
static inline int jrt_is_class_at(const jclass_s *c, const jclass_s *target, uint32_t depth) {
    return c->display[depth] == target;
}
/* aastore: whether value fits the array's element class. Inline for null, the element class itself and a
 * plain element class (one display read, Object[] included); interface and array elements call. */
static inline int jrt_check_store(jobject array, jobject value) {
    if (value == NULL) return 1;
    const jclass_s *c = value->klass, *t = array->klass->component;
    if (JLIKELY(c == t)) return 1;
    if (JLIKELY(!(t->flags & (JCLS_INTERFACE | JCLS_ARRAY)))) return jrt_is_class_at(c, t, t->depth);
    return jrt_is_subclass(c, t);
}
__attribute__((noinline)) void *const *jrt_itable(const jclass_s *c, const jclass_s *iface);
/* The compiler gives every interface one index k in all itables (gaps are { NULL, NULL }), and every
 * class's itable every index (Layout.itableWidth; classes without interfaces share an empty one): a class
 * implements iface exactly when its entry k names it, so interface tests and calls read one entry. */
static inline int jrt_implements_at(const jclass_s *c, const jclass_s *iface, uint32_t k) {
    return c->itable[k].iface == iface;
}
static inline void *const *jrt_itable_at(const jclass_s *c, const jclass_s *iface, uint32_t k) {
    if (JLIKELY(jrt_implements_at(c, iface, k))) return c->itable[k].methods;
    return jrt_itable(c, iface);  /* not reached for verified code: it reports the broken call */
}

/* Implicit exceptions (null, bounds, divide, cast, store) are built by Java code in jos.rt.Throw,
 * which the generated code calls directly. */

/* Arithmetic with Java semantics. */
static inline int32_t jrt_idiv(int32_t a, int32_t b) { return (b == -1) ? (int32_t)(0u - (uint32_t)a) : a / b; }
static inline int32_t jrt_irem(int32_t a, int32_t b) { return (b == -1) ? 0 : a % b; }
static inline int64_t jrt_ldiv(int64_t a, int64_t b) { return (b == -1) ? (int64_t)(0ul - (uint64_t)a) : a / b; }
static inline int64_t jrt_lrem(int64_t a, int64_t b) { return (b == -1) ? 0 : a % b; }
static inline int32_t jrt_f2i(float f) {
    if (f != f) return 0;
    if (f >= 2147483647.0f) return 2147483647;
    if (f <= -2147483648.0f) return (int32_t)0x80000000u;
    return (int32_t)f;
}
static inline int64_t jrt_f2l(float f) {
    if (f != f) return 0;
    if (f >= 9223372036854775807.0f) return 9223372036854775807L;
    if (f <= -9223372036854775808.0f) return (int64_t)0x8000000000000000ul;
    return (int64_t)f;
}
static inline int32_t jrt_d2i(double d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return 2147483647;
    if (d <= -2147483648.0) return (int32_t)0x80000000u;
    return (int32_t)d;
}
static inline int64_t jrt_d2l(double d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return 9223372036854775807L;
    if (d <= -9223372036854775808.0) return (int64_t)0x8000000000000000ul;
    return (int64_t)d;
}
static inline int32_t jrt_fcmpl(float a, float b) { return a > b ? 1 : a == b ? 0 : -1; }
static inline int32_t jrt_fcmpg(float a, float b) { return a < b ? -1 : a == b ? 0 : 1; }
static inline int32_t jrt_dcmpl(double a, double b) { return a > b ? 1 : a == b ? 0 : -1; }
static inline int32_t jrt_dcmpg(double a, double b) { return a < b ? -1 : a == b ? 0 : 1; }
static inline int32_t jrt_lcmp(int64_t a, int64_t b) { return a > b ? 1 : a == b ? 0 : -1; }
double jrt_drem(double a, double b);
float jrt_frem(float a, float b);

/* Volatile fields: sequentially consistent on x86_64 (plain loads, stores that fence). */
#define JVOL_LOAD(lv) ({ __typeof__(lv) v_; __atomic_load(&(lv), &v_, __ATOMIC_SEQ_CST); v_; })
#define JVOL_STORE(lv, v) do { __typeof__(lv) v_ = (v); __atomic_store(&(lv), &v_, __ATOMIC_SEQ_CST); } while (0)

/* A virtual call no instantiated class can receive (its receiver was null and has been reported). */
void jrt_no_receiver(void);

/* Class initialisation states. */
enum { JINIT_NONE = 0, JINIT_RUNNING = 1, JINIT_DONE = 2, JINIT_FAILED = 3 };

/* Monitors: the hosted target runs one thread, so entering a monitor only checks for null. */

/* Program glue the compiler generates for every program. */
extern jclass_s jclass_arr_J;                   /* long[]: backtraces */
int32_t jprogram_main(int32_t argc, char **argv);

/* Memory. */
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* Platform: implemented per target. */
JNORETURN void jrt_exit(int32_t code);
int64_t jrt_write(int32_t fd, const void *buf, int64_t len);
void *jrt_map_pages(size_t bytes);
/* JRT_HEAP_COMMIT (user): gives memory to pages jrt_map_pages reserved; 0 if refused (the quota). */
int jrt_commit_pages(void *p, size_t bytes);
int64_t jrt_nano_time(void);
int64_t jrt_current_millis(void);
JNORETURN void jrt_fatal(const char *message);
/* System properties: copies fact `what` (JRT_FACT_*) as UTF-8 into out[0, cap) and returns its length
 * (which may exceed cap: call again with more room), or -1 where the platform has no such fact. */
enum { JRT_FACT_OS_NAME = 0, JRT_FACT_OS_VERSION = 1, JRT_FACT_OS_ARCH = 2, JRT_FACT_USER_DIR = 3 };
int64_t jrt_platform_fact(int32_t what, char *out, int64_t cap);
/* The environment variable name[0, name_len) copied into out as jrt_platform_fact does, or -1 if unset. */
int64_t jrt_getenv(const char *name, int64_t name_len, char *out, int64_t cap);
/* User target (user/command_line.c): splits line[0, len) on spaces into words, copied NUL-terminated into
 * text (len + 1 bytes at most) and listed in words ((len + 1) / 2 entries at most); returns their number and
 * sets *environment_words to how many leading ones are NAME=value. */
int32_t jrt_command_line_split(const char *line, int64_t len, char *text, char **words, int32_t *environment_words);
/* The value of name[0, name_len) among count NAME=value words (the last wins), as jrt_getenv gives it. */
int64_t jrt_command_line_lookup(char *const *environment, int32_t count, const char *name, int64_t name_len,
                                char *out, int64_t cap);
/* Freestanding targets: an exception nobody caught, leaving the program at where (an entry or export). */
JNORETURN void jrt_fatal_exception(jobject t, const char *where);

#endif

/*
 * gc.c: the garbage collector of the hosted and user targets (docs/gc.md).
 *
 * Mark-region, non-moving. The heap is a run of 32 KiB blocks of 256-byte lines. Small objects are
 * bump-allocated into runs of lines that the last collection found free, so allocation reuses the
 * same warm memory; objects over 8 KiB take whole blocks. Roots are found conservatively (the stack,
 * the callee-saved registers and every writable data segment of the program); the heap is traced
 * exactly through the class descriptors' reference maps. A word that points anywhere into an object,
 * or just past its end, keeps the object alive; since nothing moves, nothing needs to be updated.
 *
 * Generational with sticky mark bits: an object that survived a collection stays marked (old). A minor
 * collection, after every few MiB of allocation, marks only unmarked (young) objects, from the roots and
 * from the slots of old objects on cards the compiler's write barrier dirtied (jrt_card), and frees only
 * the lines and large blocks handed out since the last collection. A full collection clears the marks.
 */
#include "jrt.h"

#define BLOCK_BYTES (32u * 1024)
#define LINE_BYTES 256u
#define GRANULE 16u
#define LINES_PER_BLOCK (BLOCK_BYTES / LINE_BYTES)
#define GRANULES_PER_BLOCK (BLOCK_BYTES / GRANULE)
#define WORDS_PER_BLOCK (GRANULES_PER_BLOCK / 64)
#define LARGE_OBJECT (BLOCK_BYTES / 4)     /* larger objects take whole blocks */
#define RESERVE_BLOCKS 4                   /* kept back to build an OutOfMemoryError */
#define MIN_BUDGET (16ul << 20)            /* old-generation growth between two full collections, at least (a quarter of a smaller heap) */
#define YOUNG_BUDGET (4ul << 20)           /* bytes allocated between two collections (an eighth of a smaller heap) */
#define CARD_BYTES (1u << JRT_CARD_SHIFT)
#define CARDS_PER_BLOCK (BLOCK_BYTES / CARD_BYTES)

enum { B_FREE = 0, B_SMALL = 1, B_LARGE = 2, B_LARGE_TAIL = 3 };
enum { GC_ALLOC = 0, GC_SYSTEM = 1, GC_LAST_RESORT = 2 };

struct jrt_cards jrt_cards;   /* what the inline barrier needs; outside gc so that it stays one cache line */
struct jrt_bump jrt_bump;     /* the small-object run and what the inline allocation (jrt_new) needs */
_Static_assert(CARD_BYTES % LINE_BYTES == 0, "a card covers whole lines");
_Static_assert(LARGE_OBJECT == JRT_GC_LARGE_OBJECT && GRANULE == 16 && BLOCK_BYTES % (64 * GRANULE) == 0,
               "jrt_new's constants (jrt.h) disagree with the collector's");

/* A run of lines handed out since the last collection (lines == 0: a large object at block). */
struct young_run { uint32_t block; uint16_t line, lines; };

/* All collector state in one record, so the root scan can leave it out (its cursors point into the heap). */
static struct gc_state {
    char *heap;                 /* block 0 */
    uint32_t nblocks;           /* blocks that exist, including the reserve */
    uint64_t span;              /* their bytes: p is in the heap when p - heap < span (unsigned) */
    uint32_t limit;             /* blocks usable by the program (the maximum heap) */
    uint32_t used;              /* blocks not free */
    uint32_t high_water;        /* blocks at and above it were never used: still zero */
    uint32_t committed;         /* JRT_HEAP_COMMIT: blocks below it have memory behind them */
    uint32_t zero_from;         /* high_water at the last collection: blocks below it may hold garbage */
    uint8_t *state;             /* per block: B_* */
    uint32_t *head;             /* per block: for B_LARGE_TAIL, the block where its object starts */
    uint8_t *cards;             /* per 512 bytes: a reference was stored there since the last collection */
    uint8_t *line_mark;         /* per line: live at the last collection (or handed out since) */
    uint8_t *free_lines;        /* per small block: at least its unmarked lines (exact after a sweep), so full blocks are skipped */
    uint64_t *starts;           /* per granule: an object starts here */
    uint64_t *marks;            /* per granule: that object was reached (sticky until a full collection: old) */
    struct young_run *young;    /* what was handed out since the last collection: all a minor one may free */
    uint32_t young_cap, young_n;
    int young_lost;             /* the log overflowed: the next collection must be full */
    jobject *stack;             /* the mark stack */
    uint32_t stack_cap, stack_top;
    int overflowed;             /* a push found the stack full: rescan marked objects */
    int reserve_open;           /* building an OutOfMemoryError: the reserve blocks may be used */
    int log;                    /* JOS_GC_LOG=1 */
    int verify;                 /* JOS_GC_VERIFY=1: check after each collection that no marked object points to an unmarked one */
    int roots;                  /* JOS_GC_ROOTS=1: name each root word and the object it pins */
    char *scan_lo, **scan_fp;   /* while scanning: the stack's low end and jrt_gc_enter's frame pointer */
    struct jrt_cursor medium;   /* objects over a line that do not fit the small run (jrt_bump); it skips short runs */
    uint32_t large_hint;
    uint64_t since_gc;          /* bytes handed out since the last collection */
    uint64_t budget;            /* collect when since_gc reaches it: the young generation's size */
    uint64_t min_budget;        /* MIN_BUDGET, or a quarter of the maximum heap when that is less */
    uint64_t old_budget;        /* a full collection when live has grown by this much since the last one */
    uint64_t live;              /* bytes in marked lines and large blocks after the last collection */
    uint64_t live_full;         /* live after the last full collection */
    uint64_t count, minors;
    uint64_t young_wanted;      /* YOUNG_BUDGET or JOS_GC_YOUNG; 0: every collection is full */
    char *stack_base;
} gc = { .young_wanted = YOUNG_BUDGET };

char *jrt_gc_stack_base;

static inline uint64_t granule_of(const void *p) { return (uint64_t)((const char *)p - gc.heap) / GRANULE; }
static inline uint32_t block_of(const void *p) { return (uint32_t)((uint64_t)((const char *)p - gc.heap) / BLOCK_BYTES); }
static inline char *block_addr(uint32_t b) { return gc.heap + (uint64_t)b * BLOCK_BYTES; }
static inline int in_heap(const void *p) { return (uint64_t)((const char *)p - gc.heap) < gc.span; }

/* Line marks are bytes holding 0 or 1, read eight at a time. */
static inline uint64_t line_word(const uint8_t *lm) { uint64_t w; __builtin_memcpy(&w, lm, 8); return w; }

/* How many of the lines [from, to) of a block's marks lm are marked. */
static uint32_t marked_lines(const uint8_t *lm, uint32_t from, uint32_t to) {
    uint32_t n = 0, l = from;
    for (; l < to && (l & 7); l++) n += lm[l];
    for (; l + 8 <= to; l += 8) n += (uint32_t)((line_word(lm + l) * 0x0101010101010101ul) >> 56);   /* byte sum */
    for (; l < to; l++) n += lm[l];
    return n;
}

/* The first line at or after l whose mark is `marked` (0 or 1), or LINES_PER_BLOCK. */
static uint32_t find_line(const uint8_t *lm, uint32_t l, uint8_t marked) {
    for (; l < LINES_PER_BLOCK && (l & 7); l++)
        if (lm[l] == marked) return l;
    for (; l < LINES_PER_BLOCK; l += 8) {
        uint64_t w = line_word(lm + l), hit = marked ? w : ~w & 0x0101010101010101ul;
        if (hit) return l + (uint32_t)__builtin_ctzl(hit) / 8;
    }
    return LINES_PER_BLOCK;
}

static void zero(void *p, uint64_t bytes) {
    uint64_t n = bytes / 8;
    __asm__ volatile("rep stosq" : "+D"(p), "+c"(n) : "a"(0ul) : "memory");
}

static uint64_t object_size(jobject o) {
    const jclass_s *c = o->klass;
    uint64_t bytes = (c->flags & JCLS_ARRAY)
        ? JARR_DATA_OFFSET + (uint64_t)(uint32_t)JARR_LEN(o) * c->instance_size
        : c->instance_size;
    return (bytes + GRANULE - 1) & ~(uint64_t)(GRANULE - 1);
}

/* ---- Setup ---- */

/* The errors of one size variable: empty, too large, malformed. */
struct size_errors { const char *empty, *large, *malformed; };
static const struct size_errors max_heap_errors = { "JOS_MAX_HEAP is empty: give a size such as 64m or 2g",
    "JOS_MAX_HEAP is too large", "JOS_MAX_HEAP must be a number of bytes with an optional k, m or g suffix, e.g. 64m" };
static const struct size_errors young_errors = { "JOS_GC_YOUNG is empty: give a size such as 4m, or 0",
    "JOS_GC_YOUNG is too large", "JOS_GC_YOUNG must be a number of bytes with an optional k, m or g suffix, e.g. 4m, or 0" };

static uint64_t parse_size(const char *s, int64_t n, const struct size_errors *err) {
    uint64_t v = 0;
    int64_t i = 0;
    if (n <= 0) jrt_fatal(err->empty);
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        v = v * 10 + (uint64_t)(s[i] - '0');
        if (v > (1ul << 44)) jrt_fatal(err->large);
    }
    if (i == 0) jrt_fatal(err->malformed);
    if (i < n) {
        char u = s[i] | 0x20;
        if (i + 1 != n || (u != 'k' && u != 'm' && u != 'g'))
            jrt_fatal(err->malformed);
        v <<= u == 'k' ? 10 : u == 'm' ? 20 : 30;
    }
    return v;
}

/*
 * The side tables for n blocks and the mark stack, one after the other from mem: their bytes (the heap
 * starts at the next block boundary). With set, the collector's pointers are set to them; without, only
 * the size is wanted (mem may be NULL), so the size and the layout cannot disagree.
 */
/* The young generation's size for a heap of n blocks (reserve included; 0: none), and the runs it can hold. */
static uint64_t young_budget(uint64_t n) {
    uint64_t eighth = (n - RESERVE_BLOCKS) * BLOCK_BYTES / 8;
    return eighth < gc.young_wanted ? eighth : gc.young_wanted;
}
static uint64_t young_runs(uint64_t n) { return young_budget(n) / LINE_BYTES + 16; }

static uint64_t tables(char *mem, uint64_t n, uint64_t stack_entries, int set) {
    uint64_t at = 0;
#define TABLE(field, type, bytes) do { if (set) gc.field = (type)(mem + at); at += (bytes); } while (0)
    TABLE(state, uint8_t *, (n + 15) & ~15ul);
    TABLE(head, uint32_t *, 4 * ((n + 3) & ~3ul));
    TABLE(line_mark, uint8_t *, n * LINES_PER_BLOCK);
    TABLE(free_lines, uint8_t *, (n + 15) & ~15ul);
    TABLE(starts, uint64_t *, n * WORDS_PER_BLOCK * 8);
    TABLE(marks, uint64_t *, n * WORDS_PER_BLOCK * 8);
    TABLE(young, struct young_run *, young_runs(n) * sizeof(struct young_run));
    TABLE(cards, uint8_t *, n * CARDS_PER_BLOCK);
    TABLE(stack, jobject *, stack_entries * 8);
#undef TABLE
    return at;
}

static void lay_out(char *mem, uint64_t n, uint64_t stack_entries) {
    char *p = mem + tables(mem, n, stack_entries, 1);
    gc.stack_cap = (uint32_t)stack_entries;
    gc.heap = (char *)(((uintptr_t)p + BLOCK_BYTES - 1) & ~(uintptr_t)(BLOCK_BYTES - 1));
    gc.nblocks = (uint32_t)n;
    gc.span = n * BLOCK_BYTES;
    gc.limit = (uint32_t)(n - RESERVE_BLOCKS);
    gc.young_cap = (uint32_t)young_runs(n);
    jrt_cards.table = (struct jrt_card *)gc.cards;
    jrt_cards.bytes = n * BLOCK_BYTES;
    jrt_cards.heap = (uintptr_t)gc.heap;
    jrt_bump.starts_at = (uintptr_t)gc.starts - ((uintptr_t)gc.heap >> 10) * 8;
}

static void setup(void) {
    char value[64];
    int64_t len = jrt_getenv("JOS_MAX_HEAP", 12, value, sizeof value);
    uint64_t max = len < 0 ? jrt_default_max_heap() : parse_size(value, len <= (int64_t)sizeof value ? len : 0, &max_heap_errors);
    if (len > (int64_t)sizeof value) jrt_fatal("JOS_MAX_HEAP is too long");
    len = jrt_getenv("JOS_GC_YOUNG", 12, value, sizeof value);
    if (len > (int64_t)sizeof value) jrt_fatal("JOS_GC_YOUNG is too long");
    if (len >= 0) gc.young_wanted = parse_size(value, len, &young_errors);
    if (max < 1ul << 20) max = 1ul << 20;
    uint64_t n = (max + BLOCK_BYTES - 1) / BLOCK_BYTES + RESERVE_BLOCKS;
#ifdef JRT_HEAP_COMMIT
    /* Memory is committed, so the tables take from max too (wholly: a small mark stack, whose overflow rescans). */
    uint64_t stack_entries = 2048;
    n = max / BLOCK_BYTES;
    while (n > RESERVE_BLOCKS + 1 && tables(NULL, n, stack_entries, 0) + BLOCK_BYTES + n * BLOCK_BYTES > max) n--;
    if (n <= RESERVE_BLOCKS + 1) jrt_fatal("the memory quota is too small for the collector");
#else
    uint64_t stack_entries = n * GRANULES_PER_BLOCK;   /* one per possible object: it cannot overflow (only touched pages count) */
#endif
    uint64_t bytes = tables(NULL, n, stack_entries, 0) + BLOCK_BYTES + n * BLOCK_BYTES;
    char *mem = jrt_map_pages(bytes);   /* reserved, not committed: pages are touched (hosted) or committed (user) as they are used */
    if (mem == NULL) jrt_fatal("cannot reserve address space for the heap (JOS_MAX_HEAP)");
    lay_out(mem, n, stack_entries);
#ifdef JRT_HEAP_COMMIT
    if (!jrt_commit_pages(mem, (uint64_t)(gc.heap - mem))) jrt_fatal("the collector's tables do not fit in the memory quota");
#endif
    len = jrt_getenv("JOS_GC_LOG", 10, value, sizeof value);
    gc.log = len == 1 && value[0] == '1';
    len = jrt_getenv("JOS_GC_VERIFY", 13, value, sizeof value);
    gc.verify = len == 1 && value[0] == '1';
    len = jrt_getenv("JOS_GC_ROOTS", 12, value, sizeof value);
    gc.roots = len == 1 && value[0] == '1';
}

static void init(void) {
    setup();
    uint64_t quarter = (uint64_t)gc.limit * BLOCK_BYTES / 4;
    gc.min_budget = quarter < MIN_BUDGET ? quarter : MIN_BUDGET;
    gc.budget = young_budget(gc.nblocks) > 0 ? young_budget(gc.nblocks) : gc.min_budget;
    gc.old_budget = gc.min_budget;
    gc.stack_base = jrt_gc_stack_base;
    if (gc.stack_base == NULL) jrt_fatal("the collector was not told where the stack starts");
}

/* ---- Marking ---- */

static inline int test_bit(const uint64_t *bits, uint64_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }
static inline void set_bit(uint64_t *bits, uint64_t i) { bits[i >> 6] |= 1ul << (i & 63); }

/*
 * The marker's working set, copied into a local (registers) for a run of marking: read through gc, every
 * field would be reloaded after each line-mark store (a byte store may alias anything). Between runs the
 * mark stack's top lives in gc.stack_top.
 */
struct tracer { const char *heap; uint64_t span; uint64_t *marks; const uint8_t *state; uint8_t *line_mark; jobject *stack; uint32_t top, cap; };

static inline struct tracer tracer_begin(void) {
    return (struct tracer){ gc.heap, gc.span, gc.marks, gc.state, gc.line_mark, gc.stack, gc.stack_top, gc.stack_cap };
}
static inline void tracer_end(const struct tracer *t) { gc.stack_top = t->top; }

/* If r points to an unmarked object start in the heap, marks it (and its lines) and queues it for scanning;
 * a full mark stack leaves it marked for recover_overflow. Other words (null, image objects) are skipped. */
static inline __attribute__((always_inline)) void trace_ref(struct tracer *t, jobject r) {
    uint64_t off = (uint64_t)((const char *)r - t->heap);
    if (off >= t->span) return;
    uint64_t g = off / GRANULE, bit = 1ul << (g & 63);
    if (t->marks[g >> 6] & bit) return;   /* most references met point to marked objects */
    t->marks[g >> 6] |= bit;
    if (t->state[off / BLOCK_BYTES] == B_SMALL) {
        uint64_t first = off / LINE_BYTES, last = (off + object_size(r) - 1) / LINE_BYTES;
        t->line_mark[first] = t->line_mark[last] = 1;   /* most objects cover one or two lines */
        for (uint64_t l = first + 1; l < last; l++) t->line_mark[l] = 1;
    }
    if (JLIKELY(t->top < t->cap)) t->stack[t->top++] = r;
    else gc.overflowed = 1;
}

/* o is an object start in the heap (a root, or a slot of a dirty card): marks it unless it is marked. */
static void mark(jobject o) {
    struct tracer t = tracer_begin();
    trace_ref(&t, o);
    tracer_end(&t);
}

/* The object containing address p, or NULL: the conservative half. */
static jobject object_at(const char *p) {
    if (!in_heap(p)) return NULL;
    uint32_t b = block_of(p);
    switch (gc.state[b]) {
    case B_LARGE_TAIL:
        b = gc.head[b];
        /* fall through */
    case B_LARGE: {
        jobject o = (jobject)block_addr(b);
        return p < (char *)o + object_size(o) ? o : NULL;
    }
    case B_SMALL: {
        uint64_t g = granule_of(p), first = (uint64_t)b * GRANULES_PER_BLOCK;
        uint64_t w = g >> 6;
        uint64_t bits = gc.starts[w] & (~0ul >> (63 - (g & 63)));
        while (bits == 0) {
            if (w * 64 <= first) return NULL;
            bits = gc.starts[--w];
        }
        jobject o = (jobject)(gc.heap + (w * 64 + 63 - (uint64_t)__builtin_clzl(bits)) * GRANULE);
        return p < (char *)o + object_size(o) ? o : NULL;
    }
    default:
        return NULL;
    }
}

static void log_root(char **w, jobject o);

/* The root word at w, which points into the heap or just past its end: pins what it points into or ends. */
static void scan_word(char **w) {
    char *p = *w;
    jobject o = object_at(p);
    if (o != NULL) {
        if (JUNLIKELY(gc.roots)) log_root(w, o);
        mark(o);
    }
    o = object_at(p - 1);   /* a pointer just past an object's end, as loops leave behind */
    if (o != NULL) {
        if (JUNLIKELY(gc.roots)) log_root(w, o);
        mark(o);
    }
}

/* Most words (data segments: image objects, numbers) point nowhere near the heap: four are tested at once. */
static void scan_words(char *lo, char *hi) {
    uintptr_t from = (uintptr_t)gc.heap + 1;   /* p - from < span: p in the heap or just past its end */
    uint64_t span = gc.span;
    char **w = (char **)(((uintptr_t)lo + 7) & ~(uintptr_t)7), **end = (char **)((uintptr_t)hi & ~(uintptr_t)7);
#define NEAR(p) ((uintptr_t)(p) - from < span)
    for (; w + 4 <= end; w += 4) {
        if (!(NEAR(w[0]) | NEAR(w[1]) | NEAR(w[2]) | NEAR(w[3]))) continue;
        for (int k = 0; k < 4; k++)
            if (NEAR(w[k])) scan_word(w + k);
    }
    for (; w < end; w++)
        if (NEAR(*w)) scan_word(w);
#undef NEAR
}

/* A range of roots minus the collector's own memory. */
static void scan_range(char *lo, char *hi) {
    char *ex[3][2] = { { (char *)&gc, (char *)(&gc + 1) }, { (char *)&jrt_cards, (char *)(&jrt_cards + 1) },
                       { (char *)&jrt_bump, (char *)(&jrt_bump + 1) } };
    for (int i = 0; i < 3; i++) {
        if (ex[i][0] < hi && ex[i][1] > lo) {
            scan_range(lo, ex[i][0]);
            scan_range(ex[i][1], hi);
            return;
        }
    }
    if (lo < hi) scan_words(lo, hi);
}

static inline __attribute__((always_inline)) void scan_object(struct tracer *t, jobject o) {
    const jclass_s *c = o->klass;
    if (c->flags & JCLS_ARRAY) {
        if (!(c->flags & JCLS_REFARRAY)) return;
        jobject *e = JARR_DATA(o, jobject);
        for (int32_t i = 0, n = JARR_LEN(o); i < n; i++) trace_ref(t, e[i]);
        return;
    }
    const uint32_t *offsets = c->ref_offsets;
    for (uint32_t i = 0, n = c->n_refs; i < n; i++) trace_ref(t, *(jobject *)((char *)o + offsets[i]));
}

/* Scans queued objects until the mark stack is empty. */
static void drain(void) {
    struct tracer t = tracer_begin();
    while (t.top > 0) scan_object(&t, t.stack[--t.top]);
    tracer_end(&t);
}

/* The reference slots of o that lie in [lo, hi): what a dirty card says may have been written. */
static void scan_slots(jobject o, const char *lo, const char *hi) {
    const jclass_s *c = o->klass;
    if (c->flags & JCLS_ARRAY) {
        if (!(c->flags & JCLS_REFARRAY)) return;
        jobject *e = JARR_DATA(o, jobject), *end = e + JARR_LEN(o);
        jobject *from = (const char *)e >= lo ? e : (jobject *)lo, *to = (const char *)end <= hi ? end : (jobject *)hi;
        for (jobject *p = from; p < to; p++)
            if (in_heap(*p)) mark(*p);
        return;
    }
    for (uint32_t i = 0; i < c->n_refs; i++) {
        const char *slot = (const char *)o + c->ref_offsets[i];
        jobject r = *(jobject *)slot;
        if (slot >= lo && slot < hi && in_heap(r)) mark(r);
    }
}

/* Card k is dirty: the old (marked) objects overlapping it may point to young ones. Young objects on it
 * need nothing: they are scanned whole if they are reached. */
static void scan_card(uint64_t k) {
    char *lo = gc.heap + k * CARD_BYTES, *hi = lo + CARD_BYTES;
    uint32_t b = block_of(lo);
    if (gc.state[b] == B_LARGE || gc.state[b] == B_LARGE_TAIL) {
        jobject o = (jobject)block_addr(gc.state[b] == B_LARGE ? b : gc.head[b]);
        if (test_bit(gc.marks, granule_of(o)) && lo < (char *)o + object_size(o)) scan_slots(o, lo, hi);
        return;
    }
    if (gc.state[b] != B_SMALL) return;
    /* An old object marks every line it covers and keeps them marked; a minor collection cleared the young
     * runs' lines, so a card whose lines are all unmarked holds only young objects (or none). */
    uint8_t covered = 0;
    for (uint64_t l = (uint64_t)(lo - gc.heap) / LINE_BYTES, i = 0; i < CARD_BYTES / LINE_BYTES; i++) covered |= gc.line_mark[l + i];
    if (!covered) return;
    jobject first = object_at(lo);   /* one that starts below the card and reaches into it */
    if (first != NULL && (char *)first < lo && test_bit(gc.marks, granule_of(first))) scan_slots(first, lo, hi);
    uint64_t g = granule_of(lo), n = CARD_BYTES / GRANULE;   /* a card's granules lie in one bitmap word */
    uint64_t bits = (gc.starts[g >> 6] & gc.marks[g >> 6]) >> (g & 63);
    if (n < 64) bits &= (1ul << n) - 1;
    while (bits) {
        uint64_t i = (uint64_t)__builtin_ctzl(bits);
        bits &= bits - 1;
        scan_slots((jobject)(gc.heap + (g + i) * GRANULE), lo, hi);
    }
}

/* Every dirty card below the high water mark, cleared as it is scanned (minor) or only cleared (full). */
static void scan_cards(int scan) {
    uint64_t words = (uint64_t)gc.high_water * CARDS_PER_BLOCK / 8;
    uint64_t *w = (uint64_t *)gc.cards;
    for (uint64_t i = 0; i < words; i++) {
        uint64_t v = w[i];
        if (v == 0) continue;
        w[i] = 0;
        for (; scan && v; v &= v - 1) scan_card(i * 8 + (uint64_t)__builtin_ctzl(v) / 8);
    }
}

/* After the mark stack overflowed: scan every marked object again until nothing new is reached. */
static void recover_overflow(void) {
    while (gc.overflowed) {
        gc.overflowed = 0;
        for (uint32_t b = 0; b < gc.high_water; b++) {
            if (gc.state[b] != B_SMALL && gc.state[b] != B_LARGE) continue;
            for (uint32_t w = 0; w < WORDS_PER_BLOCK; w++) {
                uint64_t bits = gc.marks[(uint64_t)b * WORDS_PER_BLOCK + w];
                while (bits) {
                    uint64_t g = (uint64_t)b * GRANULES_PER_BLOCK + w * 64 + (uint64_t)__builtin_ctzl(bits);
                    bits &= bits - 1;
                    struct tracer t = tracer_begin();
                    scan_object(&t, (jobject)(gc.heap + g * GRANULE));
                    tracer_end(&t);
                    drain();
                }
            }
        }
    }
}

static void write_num(char *buf, int *n, uint64_t v) {
    char tmp[24];
    int k = 0;
    do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (k) buf[(*n)++] = tmp[--k];
}

static void write_str(char *buf, int *n, const char *s) {
    while (*s) buf[(*n)++] = *s++;
}

static uint64_t committed_bytes(void) { return (uint64_t)gc.high_water * BLOCK_BYTES; }

/* ---- Sweeping ---- */

static void free_block(uint32_t b) {
    gc.state[b] = B_FREE;
    gc.used--;
}

static void sweep(void) {
    uint64_t live = 0;
    for (uint32_t b = 0; b < gc.high_water; b++) {
        uint64_t *s = gc.starts + (uint64_t)b * WORDS_PER_BLOCK, *m = gc.marks + (uint64_t)b * WORDS_PER_BLOCK;
        if (gc.state[b] == B_SMALL) {
            uint32_t lines = 0;
            for (uint32_t w = 0; w < WORDS_PER_BLOCK; w++) s[w] &= m[w];   /* dead objects stop being objects */
            lines = marked_lines(gc.line_mark + (uint64_t)b * LINES_PER_BLOCK, 0, LINES_PER_BLOCK);
            gc.free_lines[b] = (uint8_t)(LINES_PER_BLOCK - lines);
            if (lines == 0) free_block(b);
            live += (uint64_t)lines * LINE_BYTES;
        } else if (gc.state[b] == B_LARGE) {
            if (m[0] & 1) {
                live += BLOCK_BYTES;
                continue;
            }
            s[0] = 0;
            free_block(b);
            for (uint32_t t = b + 1; t < gc.high_water && gc.state[t] == B_LARGE_TAIL && gc.head[t] == b; t++) free_block(t);
        } else if (gc.state[b] == B_LARGE_TAIL && gc.state[gc.head[b]] == B_LARGE) {
            live += BLOCK_BYTES;
        }
    }
    gc.live = live;
}

/* After a minor collection: only what was handed out since the last one can be garbage. */
static void sweep_young(void) {
    uint64_t survived = 0;
    for (uint32_t i = 0; i < gc.young_n; i++) {
        struct young_run r = gc.young[i];
        uint32_t b = r.block;
        uint64_t *s = gc.starts + (uint64_t)b * WORDS_PER_BLOCK, *m = gc.marks + (uint64_t)b * WORDS_PER_BLOCK;
        if (r.lines == 0) {   /* a large object */
            if (m[0] & 1) {
                for (uint32_t t = b; t < gc.high_water && (t == b || (gc.state[t] == B_LARGE_TAIL && gc.head[t] == b)); t++)
                    survived += BLOCK_BYTES;
                continue;
            }
            s[0] = 0;
            free_block(b);
            for (uint32_t t = b + 1; t < gc.high_water && gc.state[t] == B_LARGE_TAIL && gc.head[t] == b; t++) free_block(t);
            continue;
        }
        if (gc.state[b] != B_SMALL) continue;   /* an earlier run of the same block emptied it */
        for (uint32_t w = 0; w < WORDS_PER_BLOCK; w++) s[w] &= m[w];   /* old objects' starts are all marked */
        uint8_t *lm = gc.line_mark + (uint64_t)b * LINES_PER_BLOCK;
        survived += (uint64_t)marked_lines(lm, r.line, r.line + r.lines) * LINE_BYTES;
        uint32_t lines = marked_lines(lm, 0, LINES_PER_BLOCK);
        gc.free_lines[b] = (uint8_t)(LINES_PER_BLOCK - lines);
        if (lines == 0) free_block(b);
    }
    gc.live += survived;
}

/* Records what allocation hands out, for the next minor collection; when the log is full, that one is full. */
static void log_young(uint32_t block, uint32_t line, uint32_t lines) {
    if (gc.young_n == gc.young_cap) { gc.young_lost = 1; return; }
    gc.young[gc.young_n++] = (struct young_run){ block, (uint16_t)line, (uint16_t)lines };
}

static void write_hex(char *buf, int *n, uint64_t v) {
    buf[(*n)++] = '0';
    buf[(*n)++] = 'x';
    for (int sh = 60; sh >= 0; sh -= 4) buf[(*n)++] = "0123456789abcdef"[(v >> sh) & 15];
}

/* JOS_GC_VERIFY=1: stops the program when an object that survived points to one that did not (or to no
 * object): after a minor collection that is a reference store the write barrier missed. */
static void verify_slot(jobject o, const void *slot, jobject r) {
    if (!in_heap(r) || (test_bit(gc.starts, granule_of(r)) && test_bit(gc.marks, granule_of(r)))) return;
    char buf[200];
    int n = 0;
    write_str(buf, &n, "JOS_GC_VERIFY: after collection ");
    write_num(buf, &n, gc.count - 1);
    write_str(buf, &n, " the live object at ");
    write_hex(buf, &n, (uint64_t)o);
    write_str(buf, &n, " holds at +");
    write_num(buf, &n, (uint64_t)((const char *)slot - (const char *)o));
    write_str(buf, &n, " a reference to ");
    write_hex(buf, &n, (uint64_t)r);
    write_str(buf, &n, ", which is not a live object (a missed write barrier)\n");
    jrt_write(2, buf, n);
    jrt_fatal("the heap failed verification");
}

static void verify_heap(void) {
    for (uint32_t b = 0; b < gc.high_water; b++) {
        if (gc.state[b] != B_SMALL && gc.state[b] != B_LARGE) continue;
        for (uint32_t w = 0; w < WORDS_PER_BLOCK; w++) {
            uint64_t i = (uint64_t)b * WORDS_PER_BLOCK + w;
            if (gc.starts[i] & ~gc.marks[i]) jrt_fatal("JOS_GC_VERIFY: an object survived the sweep unmarked");
            for (uint64_t bits = gc.starts[i]; bits; bits &= bits - 1) {
                jobject o = (jobject)(gc.heap + (i * 64 + (uint64_t)__builtin_ctzl(bits)) * GRANULE);
                const jclass_s *c = o->klass;
                if (c->flags & JCLS_ARRAY) {
                    if (!(c->flags & JCLS_REFARRAY)) continue;
                    jobject *e = JARR_DATA(o, jobject);
                    for (int32_t k = 0, len = JARR_LEN(o); k < len; k++) verify_slot(o, &e[k], e[k]);
                    continue;
                }
                for (uint32_t k = 0; k < c->n_refs; k++) {
                    jobject *slot = (jobject *)((char *)o + c->ref_offsets[k]);
                    verify_slot(o, slot, *slot);
                }
            }
        }
    }
}

static void log_collection(int minor, int kind, uint64_t before, int64_t t0) {
    static const char *const kinds[] = { "Allocation", "System.gc()", "Last resort" };
    int64_t us = (jrt_nano_time() - t0) / 1000;
    char buf[160];
    int n = 0;
    write_str(buf, &n, "[gc] GC(");
    write_num(buf, &n, gc.count - 1);
    write_str(buf, &n, minor ? ") Pause Minor (" : ") Pause Full (");
    write_str(buf, &n, kinds[kind]);
    write_str(buf, &n, ") ");
    write_num(buf, &n, before >> 10);
    write_str(buf, &n, "K->");
    write_num(buf, &n, gc.live >> 10);
    write_str(buf, &n, "K(");
    write_num(buf, &n, committed_bytes() >> 10);
    write_str(buf, &n, "K) ");
    write_num(buf, &n, (uint64_t)us);
    write_str(buf, &n, "us\n");
    jrt_write(2, buf, n);
}

/*
 * JOS_GC_ROOTS=1: one line per root word that pins an object. A stack word is named by the frame that
 * holds it, as the return address into that frame's function (addr2line -f -e <program> maps it): the
 * frame-pointer chain is walked from jrt_gc_enter's frame, below which the registers were pushed.
 */
static void log_root(char **w, jobject o) {
    char buf[256];
    int n = 0;
    write_str(buf, &n, "[gc] root ");
    if ((char *)w >= gc.scan_lo && (char *)w < gc.stack_base) {
        char **fp = gc.scan_fp, *code = NULL;
        while (fp != NULL && (char *)w >= (char *)(fp + 2) && (char *)fp < gc.stack_base) {
            code = fp[1];
            fp = (char **)fp[0];
        }
        write_str(buf, &n, "stack ");
        write_hex(buf, &n, (uint64_t)w);
        write_str(buf, &n, code == NULL ? " (a callee-saved register)" : " in the frame of code ");
        if (code != NULL) write_hex(buf, &n, (uint64_t)code);
    } else {
        write_str(buf, &n, "data ");
        write_hex(buf, &n, (uint64_t)w);
    }
    write_str(buf, &n, " -> ");
    write_hex(buf, &n, (uint64_t)o);
    write_str(buf, &n, " ");
    /* The class's name: a String whose first reference field holds its Latin-1 (ASCII) bytes. */
    jobject name = o->klass->name;
    if (name != NULL && name->klass->n_refs > 0) {
        jobject bytes = *(jobject *)((char *)name + name->klass->ref_offsets[0]);
        for (int32_t i = 0; bytes != NULL && i < JARR_LEN(bytes) && n < 200; i++)
            if (JARR_DATA(bytes, char)[i] != 0) buf[n++] = JARR_DATA(bytes, char)[i];
    }
    write_str(buf, &n, " ");
    write_num(buf, &n, object_size(o));
    write_str(buf, &n, " bytes\n");
    jrt_write(2, buf, n);
}

/*
 * Collects: a minor collection when allocation filled the young generation and the old one has not grown
 * by old_budget since the last full collection; else a full one. Entered through jrt_gc_enter (below),
 * which pushes the callee-saved registers next to its return address: the words from `from` up to the
 * stack base are exactly those registers and the frames of the callers. This function's own frame and
 * whatever it calls lie below `from` and are not scanned: their slots (a log buffer, spills, stale words
 * of earlier calls) hold nothing the program can use.
 */
__attribute__((used, noinline)) void jrt_gc_collect_from(int kind, char *from, char **enter_fp) {
    int64_t t0 = gc.log ? jrt_nano_time() : 0;
    uint64_t before = gc.live + gc.since_gc;
    int minor = kind == GC_ALLOC && gc.young_wanted > 0 && !gc.young_lost && gc.live - gc.live_full < gc.old_budget;
    if (minor) {
        for (uint32_t i = 0; i < gc.young_n; i++)   /* young lines are free unless a survivor covers them */
            memset(gc.line_mark + (uint64_t)gc.young[i].block * LINES_PER_BLOCK + gc.young[i].line, 0, gc.young[i].lines);
    } else {
        for (uint64_t i = 0; i < (uint64_t)gc.high_water * WORDS_PER_BLOCK; i++) gc.marks[i] = 0;
        memset(gc.line_mark, 0, (uint64_t)gc.high_water * LINES_PER_BLOCK);
    }
    gc.stack_top = 0;
    gc.overflowed = 0;
    gc.scan_lo = from;
    gc.scan_fp = enter_fp;
    scan_range(from, gc.stack_base);
    jrt_root_ranges(scan_range);
    scan_cards(minor);
    drain();
    recover_overflow();
    if (minor) {
        sweep_young();
        gc.minors++;
    } else {
        sweep();
        gc.live_full = gc.live;
        gc.old_budget = gc.live > gc.min_budget ? gc.live : gc.min_budget;
        if (gc.young_wanted == 0) gc.budget = gc.old_budget;   /* no young generation: the full collection's budget */
    }
    gc.young_n = 0;
    gc.young_lost = 0;
    jrt_bump.small = gc.medium = (struct jrt_cursor){ NULL, NULL, 0, 0 };   /* refill from the bottom: the heap stays compact */
    gc.large_hint = 0;
    gc.zero_from = gc.high_water;
    gc.since_gc = 0;
    gc.count++;
    if (gc.verify) verify_heap();
    if (gc.log) log_collection(minor, kind, before, t0);
}

void jrt_gc_enter(int kind);
/* A frame (for the frame-pointer chain), the five callee-saved registers below it, then the collector with
 * the registers' address; the collector preserves them as the ABI says, so they need no restoring. */
__asm__(".text\n"
        ".globl jrt_gc_enter\n"
        ".type jrt_gc_enter, @function\n"
        "jrt_gc_enter:\n"
        "  push %rbp\n"
        "  mov %rsp, %rbp\n"
        "  push %rbx\n"
        "  push %r12\n"
        "  push %r13\n"
        "  push %r14\n"
        "  push %r15\n"
        "  mov %rsp, %rsi\n"
        "  mov %rbp, %rdx\n"
        "  sub $8, %rsp\n"          /* the call's stack alignment: 16 bytes */
        "  call jrt_gc_collect_from\n"
        "  leave\n"
        "  ret\n"
        ".size jrt_gc_enter, .-jrt_gc_enter\n");

/* ---- Allocation ---- */

/* Blocks allocation may use: the maximum heap, and the reserve too while an OutOfMemoryError is built. */
static inline uint32_t usable_blocks(void) { return gc.reserve_open ? gc.nblocks : gc.limit; }

#ifdef JRT_HEAP_COMMIT
#define COMMIT_STEP 32u   /* blocks committed at a time, at least (1 MiB: one system call per MiB of growth) */
/* Has blocks below end committed (user target: the kernel gives memory on request, within the quota); 0 if refused. */
static int commit_blocks(uint32_t end) {
    if (end <= gc.committed) return 1;
    uint32_t ahead = end + COMMIT_STEP > gc.nblocks ? gc.nblocks : end + COMMIT_STEP;
    if (!jrt_commit_pages(block_addr(gc.committed), (uint64_t)(ahead - gc.committed) * BLOCK_BYTES)) {
        ahead = end;
        if (!jrt_commit_pages(block_addr(gc.committed), (uint64_t)(ahead - gc.committed) * BLOCK_BYTES)) return 0;
    }
    gc.committed = ahead;
    return 1;
}
#else
static inline int commit_blocks(uint32_t end) { (void)end; return 1; }   /* reserved pages are committed as they are touched */
#endif

static void take_block(uint32_t b, uint8_t state) {
    gc.state[b] = state;
    gc.used++;
    if (b >= gc.high_water) gc.high_water = b + 1;
}

/* Moves c to the next run of at least `bytes` free lines (runs too short stay for other cursors); 0 when
 * the heap has none left before a collection. Lines handed out are marked, so no other cursor takes them. */
static int next_run(struct jrt_cursor *c, uint64_t bytes) {
    uint32_t limit = usable_blocks();
    uint32_t need = (uint32_t)((bytes + LINE_BYTES - 1) / LINE_BYTES);
    for (; c->block < gc.nblocks; c->block++, c->line = 0) {
        uint32_t b = c->block;
        if (gc.state[b] == B_FREE) {
            if (gc.used >= limit) continue;   /* at the limit: only partly used blocks remain */
            if (!commit_blocks(b + 1)) return 0;   /* blocks above are not committed either */
            take_block(b, B_SMALL);
            memset(gc.line_mark + (uint64_t)b * LINES_PER_BLOCK, 0, LINES_PER_BLOCK);
            gc.free_lines[b] = LINES_PER_BLOCK;
        }
        if (gc.state[b] != B_SMALL || gc.free_lines[b] < need) continue;   /* full blocks (most old ones) cost one test */
        uint8_t *lm = gc.line_mark + (uint64_t)b * LINES_PER_BLOCK;
        uint32_t l = c->line;
        for (;;) {
            l = find_line(lm, l, 0);
            if (l == LINES_PER_BLOCK) break;
            uint32_t e = find_line(lm, l, 1);
            if (e - l < need) { l = e; continue; }
            memset(lm + l, 1, e - l);
            gc.free_lines[b] = (uint8_t)(gc.free_lines[b] - (e - l));
            c->cur = block_addr(b) + l * LINE_BYTES;
            c->lim = block_addr(b) + e * LINE_BYTES;
            if (b < gc.zero_from) zero(c->cur, (uint64_t)(e - l) * LINE_BYTES);
            gc.since_gc += (uint64_t)(e - l) * LINE_BYTES;
            log_young(b, l, e - l);
            c->line = e;
            return 1;
        }
    }
    return 0;
}

static void *bump(uint64_t bytes) {
    struct jrt_cursor *c = bytes > LINE_BYTES && (uint64_t)(jrt_bump.small.lim - jrt_bump.small.cur) < bytes ? &gc.medium : &jrt_bump.small;
    while ((uint64_t)(c->lim - c->cur) < bytes)
        if (!next_run(c, bytes)) return NULL;
    char *r = c->cur;
    c->cur += bytes;
    return r;
}

static void *alloc_large(uint64_t bytes) {
    uint32_t n = (uint32_t)((bytes + BLOCK_BYTES - 1) / BLOCK_BYTES);
    uint32_t limit = usable_blocks();
    if (bytes > (uint64_t)limit * BLOCK_BYTES || gc.used + n > limit) return NULL;
    for (int pass = 0; pass < 2; pass++) {
        uint32_t b = pass == 0 ? gc.large_hint : 0, end = pass == 0 ? gc.nblocks : gc.large_hint + n;
        if (end > gc.nblocks) end = gc.nblocks;
        while (b + n <= end) {
            uint32_t k = 0;
            while (k < n && gc.state[b + k] == B_FREE) k++;
            if (k < n) { b += k + 1; continue; }
            if (!commit_blocks(b + n)) return NULL;
            uint32_t clean = gc.high_water;   /* blocks from here on were never used: already zero */
            for (uint32_t i = 0; i < n; i++) {
                take_block(b + i, i == 0 ? B_LARGE : B_LARGE_TAIL);
                gc.head[b + i] = b;
            }
            char *p = block_addr(b);
            if (clean > b) zero(p, (uint64_t)((clean < b + n ? clean : b + n) - b) * BLOCK_BYTES);
            gc.large_hint = b + n;
            gc.since_gc += (uint64_t)n * BLOCK_BYTES;
            log_young(b, 0, 0);
            return p;
        }
    }
    return NULL;
}

static void *try_alloc(uint64_t bytes) {
    return bytes > LARGE_OBJECT ? alloc_large(bytes) : bump(bytes);
}

void *jrt_malloc_raw(size_t bytes) {
    if (JUNLIKELY(gc.heap == NULL)) init();
    bytes = (bytes + GRANULE - 1) & ~(size_t)(GRANULE - 1);
    if (bytes > LARGE_OBJECT) {
        if (gc.since_gc + bytes > gc.budget) jrt_gc_enter(GC_ALLOC);
    } else if (JLIKELY((uint64_t)(jrt_bump.small.lim - jrt_bump.small.cur) >= bytes)) {
        char *r = jrt_bump.small.cur;
        jrt_bump.small.cur += bytes;
        jrt_set_start(r);
        return r;
    } else if (gc.since_gc >= gc.budget) {
        jrt_gc_enter(GC_ALLOC);
    }
    char *r = try_alloc(bytes);
    if (r == NULL) {
        jrt_gc_enter(GC_LAST_RESORT);
        r = try_alloc(bytes);
        if (r == NULL) return NULL;
    }
    set_bit(gc.starts, granule_of(r));
    return r;
}

/* Building the OutOfMemoryError may itself allocate: it may use the reserve. */
void jrt_gc_reserve(int open) { gc.reserve_open = open; }

void jrt_gc_collect(void) {
    if (gc.heap == NULL) init();
    jrt_gc_enter(GC_SYSTEM);
}

int64_t jrt_gc_max_memory(void) {
    if (gc.heap == NULL) init();
    return (int64_t)gc.limit * BLOCK_BYTES;
}

int64_t jrt_gc_total_memory(void) {
    if (gc.heap == NULL) init();
    uint64_t t = committed_bytes();
    return (int64_t)(t > gc.min_budget ? t : gc.min_budget);
}

int64_t jrt_gc_free_memory(void) {
    int64_t total = jrt_gc_total_memory();
    int64_t used = (int64_t)(gc.live + gc.since_gc) - (int64_t)(jrt_bump.small.lim - jrt_bump.small.cur) - (int64_t)(gc.medium.lim - gc.medium.cur);
    return used >= total ? 0 : total - used;
}

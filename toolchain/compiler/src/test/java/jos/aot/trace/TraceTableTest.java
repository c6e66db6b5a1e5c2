package jos.aot.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DWARF reader and table builder on a small image gcc builds here, and the table's search. */
class TraceTableTest {
    // Two "Java" files by #line: get (A.java:11) is inlined into top (B.java:20..22); callee stays a call.
    private static final String FIXTURE = """
            #line 10 "A.java"
            static int get(int *p) {
            #line 11 "A.java"
              return *p + 1; }
            #line 30 "C.java"
            __attribute__((noinline)) int callee(int x) { __asm__ volatile("" ::: "memory"); return x * 3; }
            #line 20 "B.java"
            int top(int *p) {
            #line 21 "B.java"
              int a = get(p);
            #line 22 "B.java"
              return callee(a) + 1; }
            #line 40 "D.java"
            void _start(void) { int x = 3; top(&x); for (;;) { } }
            """;

    private static Path image(Path dir) throws IOException, InterruptedException {
        Path c = dir.resolve("fixture.c"), exe = dir.resolve("fixture");
        Files.writeString(c, FIXTURE);
        Process p = new ProcessBuilder("gcc", "-O2", "-g1", "-fno-omit-frame-pointer", "-fno-optimize-sibling-calls",
                "-fno-asynchronous-unwind-tables", "-static", "-nostdlib", "-no-pie", "-o", exe.toString(), c.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        return exe;
    }

    private static long symbol(Elf elf, String name) {
        return elf.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value();
    }

    /** The address just before the return address of the first call from function at to target. */
    private static long callTo(Elf elf, long at, long target) {
        Elf.Section text = elf.require(".text");
        for (long pc = at; pc < at + 256; pc++) {
            int off = (int) (pc - text.address());
            if ((text.data().get(off) & 0xff) == 0xe8 && pc + 5 + text.data().getInt(off + 1) == target) return pc + 4;
        }
        throw new AssertionError("no call from 0x" + Long.toHexString(at));
    }

    @Test
    void mapsCallsToLinesAndInlinedFrames(@TempDir Path dir) throws Exception {
        Elf elf = new Elf(Files.readAllBytes(image(dir)), "fixture");
        Dwarf dwarf = new Dwarf(elf, "fixture");
        assertTrue(dwarf.rows.stream().anyMatch(r -> r.file().endsWith("B.java") && r.line() == 22), dwarf.rows.toString());
        List<TraceTable.Entry> table = TraceTable.build(dwarf, Set.of("top", "get", "callee"));
        // The call to callee in top is line 22 of top; top in _start (not traced) adds no frame.
        long top = symbol(elf, "top"), callee = symbol(elf, "callee");
        assertEquals(List.of(new TraceTable.Frame("top", 22)), TraceTable.lookup(table, callTo(elf, top, callee)));
        assertEquals(List.of(), TraceTable.lookup(table, callTo(elf, symbol(elf, "_start"), top)));
        // Somewhere in top, get's inlined load stands as get (line 11) called from top line 21.
        assertTrue(table.stream().anyMatch(e -> e.frames().equals(List.of(new TraceTable.Frame("get", 11), new TraceTable.Frame("top", 21)))),
                table.toString());
        // Only traced functions give frames: without get, its code counts as top's line 21.
        List<TraceTable.Entry> withoutGet = TraceTable.build(dwarf, Set.of("top"));
        assertTrue(withoutGet.stream().anyMatch(e -> e.frames().equals(List.of(new TraceTable.Frame("top", 21)))), withoutGet.toString());
        assertTrue(withoutGet.stream().noneMatch(e -> e.frames().stream().anyMatch(f -> f.function().equals("get"))));
    }

    @Test
    void lookupFindsTheEntryAtOrBelow() {
        var a = List.of(new TraceTable.Frame("a", 1));
        var b = List.of(new TraceTable.Frame("b", 2), new TraceTable.Frame("a", 3));
        List<TraceTable.Entry> t = List.of(new TraceTable.Entry(0x100, a), new TraceTable.Entry(0x110, b), new TraceTable.Entry(0x120, List.of()));
        assertEquals(List.of(), TraceTable.lookup(t, 0xff));
        assertEquals(a, TraceTable.lookup(t, 0x100));
        assertEquals(a, TraceTable.lookup(t, 0x10f));
        assertEquals(b, TraceTable.lookup(t, 0x110));
        assertEquals(List.of(), TraceTable.lookup(t, 0x120));
        assertEquals(List.of(), TraceTable.lookup(t, 0xffff));
        assertEquals(List.of(), TraceTable.lookup(List.of(), 0x100));
    }

    @Test
    void cTableSharesFrameListsAndNamesMetadata() {
        var a = List.of(new TraceTable.Frame("f", 7));
        String c = TraceTable.toC(List.of(new TraceTable.Entry(0x100, a), new TraceTable.Entry(0x108, List.of()),
                new TraceTable.Entry(0x110, a)));
        assertTrue(c.contains("extern const jmethod_meta MI_f;"), c);
        assertEquals(1, c.split("&MI_f, 7").length - 1, c);
        assertTrue(c.contains("{ 0x100ul, 0, 1 }") && c.contains("{ 0x110ul, 0, 1 }") && c.contains("{ 0x108ul, 1, 0 }"), c);
        assertTrue(c.contains("= { 3, entries, frames };"), c);
        assertTrue(c.contains("{ &MI_f, 7, 0 }"), c);
        String naked = TraceTable.toC(List.of(new TraceTable.Entry(0x100, List.of(new TraceTable.Frame("g", 0, true)))));
        assertTrue(naked.contains("{ &MI_g, 0, " + TraceTable.FRAMELESS + " }"), naked);
    }

    /** An assembly method keeps no frame record: its frames say so and carry no line (it has no line table). */
    @Test
    void framelessFunctionsAreMarkedWithoutALine(@TempDir Path dir) throws Exception {
        Elf elf = new Elf(Files.readAllBytes(image(dir)), "fixture");
        var table = TraceTable.build(new Dwarf(elf, "fixture"), Set.of("top", "callee"), Set.of("callee"));
        assertEquals(List.of(new TraceTable.Frame("callee", 0, true)), TraceTable.lookup(table, symbol(elf, "callee")));
        long top = symbol(elf, "top");
        assertEquals(List.of(new TraceTable.Frame("top", 22)), TraceTable.lookup(table, callTo(elf, top, symbol(elf, "callee"))));
    }

    @Test
    void badInputIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Elf(new byte[100], "thing.bin"));
        assertTrue(e.getMessage().contains("thing.bin"), e.getMessage());
    }

    /** A kernel's code lies at addresses that are negative as longs: the search is unsigned, as the runtime's. */
    @Test
    void lookupIsUnsigned() {
        var low = List.of(new TraceTable.Frame("low", 1));
        var high = List.of(new TraceTable.Frame("high", 2));
        var table = List.of(new TraceTable.Entry(0x1000, low), new TraceTable.Entry(0xffff_ffff_8000_0000L, high));
        assertEquals(high, TraceTable.lookup(table, 0xffff_ffff_8000_0010L));
        assertEquals(low, TraceTable.lookup(table, 0x7fff_ffff_ffffL));
        assertEquals(List.of(), TraceTable.lookup(table, 0xfff));
    }

    /** The same fixture linked into the kernel's higher half: every scope is found and the table is in unsigned order. */
    @Test
    void higherHalfAddressesAreRead(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("fixture.c"), exe = dir.resolve("fixture");
        Files.writeString(c, FIXTURE);
        Process p = new ProcessBuilder("gcc", "-O2", "-g", "-mcmodel=kernel", "-fno-pic", "-fno-omit-frame-pointer", "-fno-optimize-sibling-calls",
                "-fno-asynchronous-unwind-tables", "-static", "-nostdlib", "-no-pie", "-Wl,-Ttext=0xffffffff80000000", "-o", exe.toString(),
                c.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        Elf elf = new Elf(Files.readAllBytes(exe), "fixture");
        var table = TraceTable.build(new Dwarf(elf, "fixture"), Set.of("top", "get", "callee"));
        long callee = symbol(elf, "callee");
        assertTrue(Long.compareUnsigned(callee, 0xffff_ffff_8000_0000L) >= 0, Long.toHexString(callee));
        assertEquals(List.of(new TraceTable.Frame("callee", 30)), TraceTable.lookup(table, callee));
        for (int i = 1; i < table.size(); i++) {
            assertTrue(Long.compareUnsigned(table.get(i - 1).address(), table.get(i).address()) < 0, "sorted unsigned at " + i);
        }
    }
}

package jos.rt.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The runtime's BitSet, EnumSet (with RegularEnumSet and JumboEnumSet) and EnumMap must behave exactly as
 * the JDK's. On HotSpot java.util is the JDK's, so the test copies those sources into package
 * {@code jostest} (with {@code jos.rt.Enums.values} replaced by Class.getEnumConstants), compiles one
 * driver program against the copies and once against java.util, runs both and compares their output line
 * by line: toString, size() growth, iteration order, exception types and messages (helpful NullPointer
 * messages included, which is why everything is compiled with -g), after thousands of random operations.
 */
class BitSetLogicTest {
    private static final Path SOURCES = Path.of("src/main/java/java/util");
    private static final String PKG = "jostest";
    private static final List<String> CLASSES = List.of("BitSet", "EnumSet", "RegularEnumSet", "JumboEnumSet", "EnumMap");

    @Test
    void runtimeCopiesBehaveLikeTheJdk() throws Exception {
        Path work = Files.createTempDirectory("bitset-logic");
        try {
            compareWithJdk(work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void compareWithJdk(Path work) throws Exception {
        Path jdkDir = Files.createDirectories(work.resolve("jdk"));
        Path altDir = Files.createDirectories(work.resolve("alt"));
        Path altSrc = Files.createDirectories(work.resolve("src").resolve(PKG));

        List<Path> altSources = new ArrayList<>();
        for (String name : CLASSES) {
            String text = Files.readString(SOURCES.resolve(name + ".java"));
            text = replaceOnce(text, "package java.util;", "package " + PKG + "; import java.util.*;");
            text = text.replace("jos.rt.Enums.values(", PKG + ".Shim.values(");
            altSources.add(write(altSrc.resolve(name + ".java"), text));
        }
        altSources.add(write(altSrc.resolve("Shim.java"), """
                package jostest;

                public final class Shim {
                    public static Object[] values(Class<?> c) {
                        return c.isEnum() ? c.getEnumConstants() : null;
                    }
                }
                """));

        String driver = DRIVER
                .replace("@BIG@", constants("B", 100))
                .replace("@S64@", constants("S", 64))
                .replace("@S65@", constants("T", 65));
        Path jdkDriver = write(work.resolve("jdkdriver").resolve("Driver.java"), driver.replace("@IMPORTS@", ""));
        Path altDriver = write(work.resolve("altdriver").resolve("Driver.java"), driver.replace("@IMPORTS@",
                "import jostest.BitSet; import jostest.EnumSet; import jostest.EnumMap;"));
        altSources.add(altDriver);

        compile(jdkDir, List.of(jdkDriver));
        compile(altDir, altSources);

        List<String> expected = run(jdkDir).lines().toList();
        List<String> actual = run(altDir).replace(PKG + ".", "java.util.").lines().toList();
        assertTrue(expected.size() > 10_000, "the driver ran to the end on the JDK");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("line " + (i + 1) + " differs\n  JDK:     " + expected.get(i) + "\n  runtime: " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), "number of output lines");
    }

    private static String replaceOnce(String text, String anchor, String replacement) {
        int at = text.indexOf(anchor);
        assertTrue(at >= 0, "the source still contains: " + anchor);
        return text.substring(0, at) + replacement + text.substring(at + anchor.length());
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String constants(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.joining(", "));
    }

    private static void compile(Path out, List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-g", "-nowarn", "-proc:none", "-Xlint:none", "-d", out.toString()));
        for (Path p : sources) args.add(p.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(new String[0]));
        assertEquals(0, rc, () -> "javac failed:\n" + err.toString(StandardCharsets.UTF_8));
    }

    /** Runs Driver.main from dir and returns what it printed. */
    private static String run(Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, BitSetLogicTest.class.getClassLoader());
             PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            loader.loadClass("Driver").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Exercises the three classes; every line it prints must be the same on the copies as on the JDK. */
    private static final String DRIVER = """
            @IMPORTS@
            import java.util.*;
            import java.util.function.*;

            public class Driver {
                enum Color { RED, GREEN { public String toString() { return "green!"; } }, BLUE, CYAN, MAGENTA }
                enum Empty { }
                enum Other { X, Y }

                static void p(Object o) { System.out.println(o); }
                static void t(String label, Supplier<Object> s) {
                    try { p(label + " -> " + s.get()); }
                    catch (Throwable e) { p(label + " !! " + e.getClass().getName() + ": " + e.getMessage()); }
                }
                static void r(String label, Runnable s) { t(label, () -> { s.run(); return "ok"; }); }

                static String bs(BitSet b) {
                    return b + " size=" + b.size() + " len=" + b.length() + " card=" + b.cardinality() + " hash=" + b.hashCode()
                        + " empty=" + b.isEmpty() + " longs=" + Arrays.toString(b.toLongArray()) + " bytes=" + b.toByteArray().length
                        + " bytesum=" + Arrays.hashCode(b.toByteArray());
                }

                public static void main(String[] args) {
                    bitsetFixed();
                    bitsetRandom(1, 1500, 200);
                    bitsetRandom(2, 1000, 2000);
                    bitsetRandom(3, 1500, 70);
                    enumSetFixed();
                    enumSetRandom(Color.class, Color.values(), 4, 1000);
                    enumSetRandom(BigE.class, BigE.values(), 5, 1500);
                    enumSetRandom(S64.class, S64.values(), 6, 1500);
                    enumSetRandom(S65.class, S65.values(), 7, 1500);
                    enumMapFixed();
                    enumMapRandom(Color.class, Color.values(), 8, 1500);
                    enumMapRandom(BigE.class, BigE.values(), 9, 1500);
                }

                enum BigE { @BIG@ }
                enum S64 { @S64@ }
                enum S65 { @S65@ }

                static void bitsetFixed() {
                    BitSet b = new BitSet();
                    p(bs(b));
                    b.set(1); b.set(3); b.set(5);
                    p(bs(b));
                    t("new(-1)", () -> new BitSet(-1));
                    t("new(0)", () -> bs(new BitSet(0)));
                    t("new(1)", () -> bs(new BitSet(1)));
                    t("new(64)", () -> bs(new BitSet(64)));
                    t("new(65)", () -> bs(new BitSet(65)));
                    t("set(-1)", () -> { b.set(-1); return 0; });
                    t("get(-1)", () -> b.get(-1));
                    t("clear(-1)", () -> { b.clear(-1); return 0; });
                    t("flip(-1)", () -> { b.flip(-1); return 0; });
                    t("set(-1,3)", () -> { b.set(-1, 3); return 0; });
                    t("set(1,-3)", () -> { b.set(1, -3); return 0; });
                    t("set(5,3)", () -> { b.set(5, 3); return 0; });
                    t("clear(5,3)", () -> { b.clear(5, 3); return 0; });
                    t("flip(5,3)", () -> { b.flip(5, 3); return 0; });
                    t("get(5,3)", () -> b.get(5, 3));
                    t("get(-2,3)", () -> b.get(-2, 3));
                    t("set(5,3,true)", () -> { b.set(5, 3, true); return 0; });
                    t("set(-5,true)", () -> { b.set(-5, true); return 0; });
                    t("nextSetBit(-1)", () -> b.nextSetBit(-1));
                    t("nextClearBit(-1)", () -> b.nextClearBit(-1));
                    t("previousSetBit(-1)", () -> b.previousSetBit(-1));
                    t("previousSetBit(-2)", () -> b.previousSetBit(-2));
                    t("previousClearBit(-1)", () -> b.previousClearBit(-1));
                    t("previousClearBit(-2)", () -> b.previousClearBit(-2));
                    t("or(null)", () -> { b.or(null); return 0; });
                    t("and(null)", () -> { b.and(null); return 0; });
                    t("xor(null)", () -> { b.xor(null); return 0; });
                    t("andNot(null)", () -> { b.andNot(null); return 0; });
                    t("intersects(null)", () -> b.intersects(null));
                    t("equals(null)", () -> b.equals(null));
                    t("valueOf(long null)", () -> BitSet.valueOf((long[]) null));
                    t("valueOf(byte null)", () -> BitSet.valueOf((byte[]) null));
                    t("valueOf(longs)", () -> bs(BitSet.valueOf(new long[] {5, 0, -1, 0, 0})));
                    t("valueOf(bytes)", () -> bs(BitSet.valueOf(new byte[] {5, 0, -1, 0, 0, 0, 0, 0, 0, 7, 0, 0})));
                    t("valueOf(empty)", () -> bs(BitSet.valueOf(new long[] {0, 0})));
                    t("valueOf(bytes empty)", () -> bs(BitSet.valueOf(new byte[] {0, 0})));
                    t("stream", () -> Arrays.toString(b.stream().toArray()));
                    BitSet m = new BitSet();
                    m.set(Integer.MAX_VALUE);
                    t("max", () -> m.toString() + " " + m.length() + " " + m.size() + " " + m.cardinality() + " " + m.nextSetBit(0) + " " + m.previousSetBit(Integer.MAX_VALUE) + " " + m.nextClearBit(Integer.MAX_VALUE - 1));
                    t("maxstream", () -> Arrays.toString(m.stream().toArray()));
                    m.set(Integer.MAX_VALUE - 3, Integer.MAX_VALUE);
                    t("max2", () -> m.toString() + " " + m.length() + " " + m.cardinality() + " " + m.previousClearBit(Integer.MAX_VALUE));
                    m.clear(5, Integer.MAX_VALUE);
                    t("max3", () -> m.toString() + " " + m.length() + " " + m.cardinality());
                    m.flip(0, Integer.MAX_VALUE);
                    t("max4", () -> m.length() + " " + m.cardinality() + " " + m.nextClearBit(0) + " " + m.size());
                    m.clear();
                    t("max5", () -> m.length() + " " + m.cardinality() + " " + m.nextClearBit(0) + " " + m.size() );
                    // late binding of stream
                    BitSet lb = new BitSet();
                    lb.set(3);
                    java.util.stream.IntStream st = lb.stream();
                    lb.set(7);
                    t("latebinding", () -> Arrays.toString(st.toArray()));
                    BitSet c = new BitSet(1000);
                    c.set(3);
                    t("clone sticky", () -> bs((BitSet) c.clone()) + " / " + bs(c));
                    c.set(2000);
                    c.clear(2000);
                    t("clone nonsticky", () -> bs((BitSet) c.clone()) + " / " + bs(c));
                    t("after clone set", () -> { c.set(100); return bs(c); });
                    BitSet x = new BitSet(); x.set(0, 10);
                    x.and(x); t("and self", () -> bs(x));
                    x.or(x); t("or self", () -> bs(x));
                    x.xor(x); t("xor self", () -> bs(x));
                    x.set(0, 10); x.andNot(x); t("andNot self", () -> bs(x));
                    t("equals other", () -> new BitSet(10).equals(new BitSet(1000)));
                    t("equals str", () -> new BitSet(10).equals("x"));
                }

                static BitSet randomBitSet(Random r, int range) {
                    int kind = r.nextInt(5);
                    BitSet b = switch (kind) {
                        case 0 -> new BitSet();
                        case 1 -> new BitSet(r.nextInt(range + 1));
                        case 2 -> { long[] l = new long[r.nextInt(6)]; for (int i = 0; i < l.length; i++) l[i] = r.nextInt(3) == 0 ? 0 : r.nextLong(); yield BitSet.valueOf(l); }
                        case 3 -> { byte[] l = new byte[r.nextInt(30)]; r.nextBytes(l); if (l.length > 0 && r.nextBoolean()) l[l.length - 1] = 0; yield BitSet.valueOf(l); }
                        default -> new BitSet(0);
                    };
                    int n = r.nextInt(10);
                    for (int i = 0; i < n; i++) b.set(r.nextInt(range));
                    return b;
                }

                static void bitsetRandom(long seed, int steps, int range) {
                    Random r = new Random(seed);
                    List<BitSet> pool = new ArrayList<>();
                    for (int i = 0; i < 6; i++) pool.add(randomBitSet(r, range));
                    for (int step = 0; step < steps; step++) {
                        int ti = r.nextInt(pool.size());
                        BitSet b = pool.get(ti);
                        BitSet o = pool.get(r.nextInt(pool.size()));
                        int i = r.nextInt(range), j = r.nextInt(range);
                        int lo = Math.min(i, j), hi = Math.max(i, j);
                        if (r.nextInt(20) == 0) lo = hi;
                        int op = r.nextInt(24);
                        String label = step + " op" + op + " " + lo + " " + hi + " ";
                        Object res = null;
                        switch (op) {
                            case 0 -> b.set(i);
                            case 1 -> b.set(lo, hi);
                            case 2 -> b.clear(i);
                            case 3 -> b.clear(lo, hi);
                            case 4 -> b.flip(i);
                            case 5 -> b.flip(lo, hi);
                            case 6 -> b.and(o);
                            case 7 -> b.or(o);
                            case 8 -> b.xor(o);
                            case 9 -> b.andNot(o);
                            case 10 -> { BitSet g = b.get(lo, hi); pool.set(ti, g); res = bs(g); }
                            case 11 -> { BitSet g = (BitSet) b.clone(); pool.add(g); res = bs(g); }
                            case 12 -> res = b.nextSetBit(i) + " " + b.nextClearBit(i) + " " + b.previousSetBit(i) + " " + b.previousClearBit(i);
                            case 13 -> res = b.intersects(o) + " " + b.equals(o) + " " + o.equals(b);
                            case 14 -> { pool.set(ti, BitSet.valueOf(b.toLongArray())); res = pool.get(ti).equals(b); }
                            case 15 -> { pool.set(ti, BitSet.valueOf(b.toByteArray())); res = pool.get(ti).equals(b); }
                            case 16 -> { if (r.nextInt(10) == 0) b.clear(); else b.set(i, r.nextBoolean()); }
                            case 17 -> b.set(lo, hi, r.nextBoolean());
                            case 18 -> res = b.get(i);
                            case 19 -> res = Arrays.toString(b.stream().limit(5).toArray()) + b.stream().sum();
                            case 20 -> { if (pool.size() > 3) pool.remove(ti); else pool.add(randomBitSet(r, range)); }
                            case 21 -> pool.add(randomBitSet(r, range));
                            case 22 -> { int k = r.nextInt(range * 2 + 2) - 1; res = b.previousSetBit(k) + " " + b.previousClearBit(k) + " " + b.nextSetBit(k + 1) + " " + b.nextClearBit(k + 1); }
                            default -> { b.set(i + range); res = b.size(); }
                        }
                        p(label + res + " | " + bs(b));
                    }
                    for (BitSet b : pool) p(bs(b));
                }

                static <E extends Enum<E>> String es(Set<E> s) {
                    return s + " n=" + s.size() + " e=" + s.isEmpty() + " " + s.getClass().getSimpleName();
                }

                static void enumSetFixed() {
                    t("noneOf", () -> es(EnumSet.noneOf(Color.class)));
                    t("allOf", () -> es(EnumSet.allOf(Color.class)));
                    t("allOf empty", () -> es(EnumSet.allOf(Empty.class)));
                    t("complement empty", () -> es(EnumSet.complementOf(EnumSet.allOf(Empty.class))));
                    t("allOf 64", () -> es(EnumSet.allOf(S64.class)));
                    t("allOf 65", () -> es(EnumSet.allOf(S65.class)));
                    t("allOf 100", () -> es(EnumSet.allOf(BigE.class)));
                    t("complement 64", () -> es(EnumSet.complementOf(EnumSet.of(S64.S3, S64.S63))));
                    t("complement 65", () -> es(EnumSet.complementOf(EnumSet.of(T65(3), T65(64)))));
                    t("of1", () -> es(EnumSet.of(Color.GREEN)));
                    t("of2", () -> es(EnumSet.of(Color.BLUE, Color.GREEN)));
                    t("of3", () -> es(EnumSet.of(Color.BLUE, Color.GREEN, Color.RED)));
                    t("of4", () -> es(EnumSet.of(Color.BLUE, Color.GREEN, Color.RED, Color.BLUE)));
                    t("of5", () -> es(EnumSet.of(Color.MAGENTA, Color.BLUE, Color.GREEN, Color.RED, Color.BLUE)));
                    t("of6", () -> es(EnumSet.of(Color.MAGENTA, Color.BLUE, Color.GREEN, Color.RED, Color.BLUE, Color.CYAN)));
                    t("ofv", () -> es(EnumSet.of(Color.MAGENTA, new Color[0])));
                    t("range", () -> es(EnumSet.range(Color.GREEN, Color.CYAN)));
                    t("range1", () -> es(EnumSet.range(Color.GREEN, Color.GREEN)));
                    t("range bad", () -> es(EnumSet.range(Color.CYAN, Color.GREEN)));
                    for (int a = 0; a < 100; a += 7) for (int b = a; b < 100; b += 13) {
                        int fa = a, fb = b;
                        t("range big " + a + " " + b, () -> es(EnumSet.range(BigE.values()[fa], BigE.values()[fb])));
                        t("range 64 " + a + " " + b, () -> es(EnumSet.range(S64.values()[fa % 64], S64.values()[Math.max(fb % 64, fa % 64)])));
                        t("range 65 " + a + " " + b, () -> es(EnumSet.range(S65.values()[fa % 65], S65.values()[Math.max(fb % 65, fa % 65)])));
                    }
                    t("copyOf list", () -> es(EnumSet.copyOf(Arrays.asList(Color.CYAN, Color.RED))));
                    t("copyOf empty list", () -> es(EnumSet.copyOf(new ArrayList<Color>())));
                    t("copyOf empty set", () -> es(EnumSet.copyOf(EnumSet.noneOf(Color.class))));
                    t("copyOf empty set as coll", () -> es(EnumSet.copyOf((Collection<Color>) EnumSet.noneOf(Color.class))));
                    t("copyOf null", () -> EnumSet.copyOf((Collection<Color>) null));
                    t("copyOf null set", () -> EnumSet.copyOf((EnumSet<Color>) null));
                    t("complementOf null", () -> EnumSet.complementOf(null));
                    t("copyOf list null", () -> EnumSet.copyOf(Arrays.asList(Color.RED, null)));
                    t("copyOf list null first", () -> EnumSet.copyOf(Arrays.asList(null, Color.RED)));
                    t("noneOf null", () -> EnumSet.noneOf(null));
                    t("allOf null", () -> EnumSet.allOf(null));
                    t("noneOf string", () -> { Class c = String.class; return EnumSet.noneOf(c); });
                    t("noneOf body", () -> { Class c = Color.GREEN.getClass(); return EnumSet.noneOf(c); });
                    t("of null", () -> EnumSet.of((Color) null));
                    t("of null2", () -> EnumSet.of(Color.RED, (Color) null));
                    t("of null2b", () -> EnumSet.of((Color) null, Color.RED));
                    t("of null3", () -> EnumSet.of((Color) null, Color.RED, Color.RED));
                    t("of null5", () -> EnumSet.of((Color) null, Color.RED, Color.RED, Color.RED, Color.RED));
                    t("of nullv", () -> EnumSet.of((Color) null, Color.RED, Color.RED, Color.RED, Color.RED, Color.RED));
                    t("of nullv2", () -> EnumSet.of(Color.RED, Color.RED, Color.RED, Color.RED, Color.RED, null));
                    t("of nullarr", () -> EnumSet.of(Color.RED, (Color[]) null));
                    t("range null", () -> EnumSet.range(Color.RED, null));
                    t("range null2", () -> EnumSet.range(null, Color.RED));
                    EnumSet<Color> s = EnumSet.of(Color.RED, Color.BLUE);
                    t("add null", () -> s.add(null));
                    t("add wrong", () -> { Set raw = s; return raw.add("x"); });
                    t("add wrong enum", () -> { Set raw = s; return raw.add(Other.X); });
                    t("contains wrong", () -> s.contains(Other.X) + " " + s.contains(null) + " " + s.contains("RED") + " " + s.contains(Color.RED));
                    t("remove wrong", () -> s.remove(Other.X) + " " + s.remove(null) + " " + s.remove("RED"));
                    t("add body", () -> s.add(Color.GREEN) + " " + s + " " + s.contains(Color.GREEN));
                    t("addAll null", () -> s.addAll(null));
                    t("containsAll null", () -> s.containsAll(null));
                    t("removeAll null", () -> s.removeAll(null));
                    t("retainAll null", () -> s.retainAll(null));
                    t("addAll other empty", () -> s.addAll((Collection) EnumSet.noneOf(Other.class)));
                    t("addAll other", () -> s.addAll((Collection) EnumSet.of(Other.X)));
                    t("addAll other list", () -> s.addAll((Collection) List.of(Other.X)));
                    t("containsAll other empty", () -> s.containsAll(EnumSet.noneOf(Other.class)));
                    t("containsAll other", () -> s.containsAll(EnumSet.of(Other.X)));
                    t("removeAll other", () -> s.removeAll(EnumSet.of(Other.X)));
                    t("equals other empty", () -> EnumSet.noneOf(Color.class).equals(EnumSet.noneOf(Other.class)));
                    t("equals other", () -> EnumSet.of(Color.RED).equals(EnumSet.of(Other.X)));
                    t("equals hashset", () -> EnumSet.of(Color.RED, Color.GREEN).equals(new HashSet<>(List.of(Color.GREEN, Color.RED))));
                    t("hashset equals", () -> new HashSet<>(List.of(Color.GREEN, Color.RED)).equals(EnumSet.of(Color.RED, Color.GREEN)));
                    t("hash consistent", () -> EnumSet.of(Color.RED, Color.GREEN).hashCode() == new HashSet<>(List.of(Color.GREEN, Color.RED)).hashCode());
                    t("big hash consistent", () -> EnumSet.allOf(BigE.class).hashCode() == new HashSet<>(EnumSet.allOf(BigE.class)).hashCode());
                    t("retainAll other", () -> s.retainAll(EnumSet.of(Other.X)) + " " + s);
                    t("retainAll other2", () -> s.retainAll(EnumSet.of(Other.X)) + " " + s);
                    EnumSet<BigE> bs = EnumSet.range(BigE.B3, BigE.B70);
                    t("big addAll other", () -> bs.addAll((Collection) EnumSet.allOf(S65.class)));
                    t("big addAll other empty", () -> bs.addAll((Collection) EnumSet.noneOf(S65.class)));
                    t("big containsAll other", () -> bs.containsAll(EnumSet.noneOf(S65.class)) + " " + bs.containsAll(EnumSet.allOf(S65.class)));
                    t("big removeAll other", () -> bs.removeAll(EnumSet.allOf(S65.class)));
                    t("big equals other", () -> EnumSet.noneOf(BigE.class).equals(EnumSet.noneOf(S65.class)) + " " + bs.equals(EnumSet.allOf(S65.class)));
                    t("big retainAll other", () -> bs.retainAll(EnumSet.allOf(S65.class)) + " " + bs + " " + bs.retainAll(EnumSet.allOf(S65.class)));
                    t("big add null", () -> bs.add(null));
                    // iterator behaviours
                    EnumSet<Color> it1 = EnumSet.allOf(Color.class);
                    Iterator<Color> i1 = it1.iterator();
                    it1.remove(Color.BLUE);
                    t("snapshot iter", () -> { StringBuilder sb = new StringBuilder(); while (i1.hasNext()) sb.append(i1.next()).append(' '); return sb + " " + it1; });
                    t("iter remove twice", () -> { Iterator<Color> k = it1.iterator(); k.next(); k.remove(); k.remove(); return 0; });
                    t("after", () -> es(it1));
                    t("iter next end", () -> { Iterator<Color> k = EnumSet.of(Color.RED).iterator(); k.next(); return k.next(); });
                    EnumSet<BigE> it2 = EnumSet.allOf(BigE.class);
                    Iterator<BigE> i2 = it2.iterator();
                    it2.remove(BigE.B3);
                    it2.remove(BigE.B80);
                    t("jumbo iter", () -> { StringBuilder sb = new StringBuilder(); int n = 0; while (i2.hasNext()) { BigE e = i2.next(); if (e.ordinal() % 3 == 0) i2.remove(); n++; } return n + " " + it2.size() + " " + it2; });
                    EnumSet<BigE> it3 = EnumSet.of(BigE.B99);
                    t("jumbo iter remove", () -> { Iterator<BigE> k = it3.iterator(); k.next(); k.remove(); return it3.size() + " " + it3 + " " + k.hasNext(); });
                    t("jumbo remove stale", () -> { EnumSet<BigE> z = EnumSet.of(BigE.B1, BigE.B2); Iterator<BigE> k = z.iterator(); k.next(); z.remove(BigE.B1); k.remove(); return z.size() + " " + z; });
                    t("clone indep", () -> { EnumSet<BigE> z = EnumSet.of(BigE.B1, BigE.B72); EnumSet<BigE> y = z.clone(); y.add(BigE.B5); z.add(BigE.B90); return z + " " + y; });
                    t("toArray", () -> Arrays.toString(EnumSet.of(Color.CYAN, Color.RED).toArray()) + Arrays.toString(EnumSet.of(Color.CYAN, Color.RED).toArray(new Color[0])));
                    t("toString", () -> EnumSet.of(Color.RED).toString());
                    t("removeIf", () -> { EnumSet<Color> z = EnumSet.allOf(Color.class); z.removeIf(c -> c.ordinal() % 2 == 0); return z; });
                    t("stream", () -> EnumSet.allOf(Color.class).stream().map(Enum::name).toList());
                    t("compareTo", () -> { Comparable c = Color.RED; return c.compareTo(Other.X); });
                }

                static S65 T65(int i) { return S65.values()[i]; }

                static <E extends Enum<E>> void enumSetRandom(Class<E> type, E[] all, long seed, int steps) {
                    Random r = new Random(seed);

                    List<EnumSet<E>> pool = new ArrayList<>();
                    pool.add(EnumSet.noneOf(type));
                    pool.add(EnumSet.allOf(type));
                    for (int step = 0; step < steps; step++) {
                        int ti = r.nextInt(pool.size());
                        EnumSet<E> s = pool.get(ti);
                        EnumSet<E> o = pool.get(r.nextInt(pool.size()));
                        E a = all[r.nextInt(all.length)], b = all[r.nextInt(all.length)];
                        int op = r.nextInt(20);
                        Object res = null;
                        switch (op) {
                            case 0, 1 -> res = s.add(a);
                            case 2 -> res = s.remove(a);
                            case 3 -> res = s.contains(a);
                            case 4 -> res = s.addAll(o);
                            case 5 -> res = s.removeAll(o);
                            case 6 -> res = s.retainAll(o);
                            case 7 -> res = s.containsAll(o) + " " + s.equals(o) + " " + (s.hashCode() == new HashSet<>(s).hashCode());
                            case 8 -> { pool.add(EnumSet.complementOf(s)); res = pool.get(pool.size() - 1); }
                            case 9 -> { pool.add(EnumSet.range(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a)); res = pool.get(pool.size() - 1); }
                            case 10 -> { pool.add(s.clone()); }
                            case 11 -> { List<E> l = new ArrayList<>(); for (int k = 0; k < 5; k++) l.add(all[r.nextInt(all.length)]); pool.add(EnumSet.copyOf(l)); res = pool.get(pool.size() - 1); }
                            case 12 -> { Iterator<E> it = s.iterator(); int n = 0; while (it.hasNext()) { E e = it.next(); if (r.nextInt(3) == 0) { it.remove(); n++; } } res = n; }
                            case 13 -> { if (r.nextInt(5) == 0) s.clear(); }
                            case 14 -> res = s.addAll(new ArrayList<>(o));
                            case 15 -> res = s.removeAll(new ArrayList<>(o)) ;
                            case 16 -> res = s.retainAll(new ArrayList<>(o));
                            case 17 -> res = s.equals(new HashSet<>(o)) + " " + s.containsAll(new ArrayList<>(o));
                            case 18 -> { pool.add(EnumSet.of(a, b)); }
                            default -> res = Arrays.toString(s.toArray());
                        }
                        p(step + " op" + op + " " + a + " " + b + " " + res + " | " + es(s));
                    }
                }

                static void enumMapFixed() {
                    EnumMap<Color, Integer> m = new EnumMap<>(Color.class);
                    p(m + " " + m.size() + " " + m.isEmpty());
                    m.put(Color.GREEN, 2); m.put(Color.RED, 1); m.put(Color.CYAN, null);
                    p(m + " " + m.size() + " " + m.isEmpty());
                    t("keys", () -> m.keySet() + " " + m.values() + " " + m.entrySet());
                    t("get", () -> m.get(Color.GREEN) + " " + m.get(Color.CYAN) + " " + m.get(Color.BLUE) + " " + m.get(null) + " " + m.get("x") + " " + m.get(Other.X));
                    t("containsKey", () -> m.containsKey(Color.CYAN) + " " + m.containsKey(Color.BLUE) + " " + m.containsKey(null) + " " + m.containsKey(Other.X));
                    t("containsValue", () -> m.containsValue(null) + " " + m.containsValue(2) + " " + m.containsValue(5) + " " + m.containsValue("2"));
                    t("put null", () -> m.put(null, 1));
                    t("put wrong", () -> { Map raw = m; return raw.put("x", 1); });
                    t("put wrong enum", () -> { Map raw = m; return raw.put(Other.X, 1); });
                    t("remove wrong", () -> m.remove(Other.X) + " " + m.remove(null) + " " + m.remove("x") + " " + m.remove(Color.BLUE));
                    t("new null class", () -> new EnumMap<Color, Integer>((Class<Color>) null));
                    t("new string class", () -> { Class c = String.class; return new EnumMap(c); });
                    t("new null map", () -> new EnumMap<Color, Integer>((Map<Color, Integer>) null));
                    t("new null emap", () -> new EnumMap<Color, Integer>((EnumMap<Color, Integer>) null));
                    t("new empty map", () -> new EnumMap<Color, Integer>(new HashMap<Color, Integer>()));
                    t("new empty emap as map", () -> new EnumMap<Color, Integer>((Map<Color, Integer>) new EnumMap<Color, Integer>(Color.class)));
                    t("new from hashmap", () -> new EnumMap<Color, Integer>(new HashMap<>(Map.of(Color.BLUE, 3, Color.RED, 4))));
                    t("new from treemap body first", () -> { TreeMap<Color, Integer> tm = new TreeMap<>(); tm.put(Color.GREEN, 1); tm.put(Color.BLUE, 2); return new EnumMap<Color, Integer>(tm); });
                    t("new from map null key", () -> { Map<Color, Integer> h = new HashMap<>(); h.put(null, 1); return new EnumMap<Color, Integer>(h); });
                    t("new from map string key", () -> { Map h = new HashMap(); h.put("x", 1); return new EnumMap(h); });
                    t("new copy", () -> new EnumMap<>(m));
                    t("putAll null", () -> { m.putAll(null); return 0; });
                    t("putAll other empty", () -> { Map raw = m; raw.putAll(new EnumMap<Other, Integer>(Other.class)); return m; });
                    t("putAll other", () -> { Map raw = m; EnumMap<Other, Integer> o = new EnumMap<>(Other.class); o.put(Other.Y, 1); raw.putAll(o); return m; });
                    t("putAll emap", () -> { EnumMap<Color, Integer> o = new EnumMap<>(Color.class); o.put(Color.BLUE, 7); o.put(Color.RED, null); m.putAll(o); return m + " " + m.size(); });
                    t("putAll hashmap", () -> { m.putAll(Map.of(Color.MAGENTA, 9)); return m + " " + m.size(); });
                    t("equals hashmap", () -> { Map<Color, Integer> h = new HashMap<>(m); return m.equals(h) + " " + h.equals(m) + " " + (m.hashCode() == h.hashCode()); });
                    t("equals other enum", () -> new EnumMap<Color, Integer>(Color.class).equals(new EnumMap<Other, Integer>(Other.class)));
                    t("equals diff", () -> { EnumMap<Color, Integer> c = m.clone(); c.put(Color.RED, null); return m.equals(c) + " " + c.equals(m) + " " + c.equals(new HashMap<>(m)) + " " + new HashMap<>(c).equals(m); });
                    t("equals null val", () -> { EnumMap<Color, Integer> c = new EnumMap<>(Color.class); c.put(Color.RED, null); Map<Color, Integer> h = new HashMap<>(); h.put(Color.BLUE, null); return c.equals(h) + " " + h.equals(c); });
                    t("clone", () -> { EnumMap<Color, Integer> c = m.clone(); c.put(Color.BLUE, 100); c.keySet().remove(Color.RED); return m + " " + c + " " + m.keySet() + " " + c.keySet() + " " + c.values(); });
                    t("views", () -> { Set<Color> ks = m.keySet(); Collection<Integer> vs = m.values(); var es = m.entrySet(); m.remove(Color.GREEN); return ks + " " + vs + " " + es + " " + ks.size() + vs.size() + es.size() + " " + (ks == m.keySet()) + (vs == m.values()) + (es == m.entrySet()); });
                    t("values remove", () -> m.values().remove(null) + " " + m + " " + m.values().remove(100) + " " + m.values().remove(9) + " " + m);
                    t("values contains", () -> m.values().contains(7) + " " + m.values().contains(null));
                    t("keyset contains", () -> m.keySet().contains(Color.BLUE) + " " + m.keySet().contains(Other.X) + " " + m.keySet().contains(null) + " " + m.keySet().remove(Color.BLUE) + " " + m.keySet().remove(Color.BLUE) + " " + m);
                    m.put(Color.GREEN, 22); m.put(Color.BLUE, null); m.put(Color.MAGENTA, 5);
                    t("entry set ops", () -> {
                        var es = m.entrySet();
                        return es.contains(Map.entry(Color.GREEN, 22)) + " " + es.contains(new AbstractMap.SimpleEntry<>(Color.BLUE, null)) + " " + es.contains(Map.entry(Color.GREEN, 23))
                            + " " + es.contains("x") + " " + es.remove(Map.entry(Color.GREEN, 23)) + " " + es.remove(new AbstractMap.SimpleEntry<>(Color.BLUE, null)) + " " + m;
                    });
                    t("entries", () -> {
                        StringBuilder sb = new StringBuilder();
                        for (Map.Entry<Color, Integer> e : m.entrySet()) {
                            sb.append(e).append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(' ');
                            sb.append(e.equals(Map.entry(e.getKey(), e.getValue() == null ? 0 : e.getValue()))).append(' ');
                            sb.append(e.hashCode() == new AbstractMap.SimpleEntry<>(e.getKey(), e.getValue()).hashCode()).append(' ');
                            if (e.getValue() != null) e.setValue(e.getValue() + 1000); else sb.append("old=").append(e.setValue(-1)).append(' ');
                        }
                        return sb + " " + m;
                    });
                    t("entry removed", () -> {
                        Iterator<Map.Entry<Color, Integer>> it = m.entrySet().iterator();
                        Map.Entry<Color, Integer> e = it.next();
                        it.remove();
                        StringBuilder sb = new StringBuilder(m.toString());
                        try { e.getKey(); } catch (Exception x) { sb.append(" ").append(x); }
                        try { e.getValue(); } catch (Exception x) { sb.append(" ").append(x); }
                        try { e.setValue(4); } catch (Exception x) { sb.append(" ").append(x); }
                        sb.append(" ").append(e.equals(e)).append(e.equals(Map.entry(Color.RED, 1)));
                        try { it.remove(); } catch (Exception x) { sb.append(" ").append(x); }
                        return sb;
                    });
                    t("entry live", () -> {
                        Iterator<Map.Entry<Color, Integer>> it = m.entrySet().iterator();
                        Map.Entry<Color, Integer> e = it.next();
                        m.put(e.getKey(), 555);
                        String s1 = e.toString();
                        m.remove(e.getKey());
                        return s1 + " " + e + " " + e.getValue() + " " + m;
                    });
                    t("iter next end", () -> { Iterator<Color> it = new EnumMap<Color, Integer>(Color.class).keySet().iterator(); return it.next(); });
                    t("iter remove no next", () -> { m.values().iterator().remove(); return 0; });
                    t("entry iter remove no next", () -> { m.entrySet().iterator().remove(); return 0; });
                    t("entry toArray", () -> {
                        Object[] a = m.entrySet().toArray();
                        @SuppressWarnings("unchecked") Map.Entry<Color, Integer>[] b = m.entrySet().toArray(new Map.Entry[0]);
                        Map.Entry<?, ?>[] c = m.entrySet().toArray(new Map.Entry<?, ?>[10]);
                        m.replaceAll((k, v) -> v == null ? 0 : v + 1);
                        return Arrays.toString(a) + " " + Arrays.toString(b) + " " + Arrays.toString(c) + " " + b.getClass().getSimpleName() + " " + a[0].getClass().getSimpleName() + " " + m;
                    });
                    t("defaults", () -> m.getOrDefault(Color.BLUE, -9) + " " + m.putIfAbsent(Color.BLUE, 3) + " " + m.merge(Color.RED, 5, Integer::sum) + " " + m.compute(Color.CYAN, (k, v) -> null) + " " + m);
                    t("forEach", () -> { StringBuilder sb = new StringBuilder(); m.forEach((k, v) -> sb.append(k).append(v)); return sb; });
                    t("self", () -> { EnumMap<Color, Object> q = new EnumMap<>(Color.class); q.put(Color.RED, q); return q.toString(); });
                    t("clear", () -> { m.clear(); return m + " " + m.size() + " " + m.keySet() + m.values() + m.entrySet(); });
                    t("keySet clear", () -> { m.put(Color.RED, 1); m.keySet().clear(); return m; });
                    t("entrySet clear", () -> { m.put(Color.RED, 1); m.entrySet().clear(); return m; });
                    t("values clear", () -> { m.put(Color.RED, 1); m.values().clear(); return m; });
                    t("keySet removeAll", () -> { m.put(Color.RED, 1); m.put(Color.BLUE, 2); m.keySet().removeAll(List.of(Color.RED)); return m; });
                    t("keySet retainAll", () -> { m.put(Color.RED, 1); m.put(Color.GREEN, 2); m.keySet().retainAll(List.of(Color.GREEN)); return m; });
                    t("values removeIf", () -> { m.put(Color.RED, 1); m.put(Color.BLUE, 2); m.values().removeIf(v -> v == 2); return m; });
                    t("entry removeIf", () -> { m.put(Color.MAGENTA, 1); m.entrySet().removeIf(e -> e.getKey() == Color.GREEN); return m; });
                    t("empty enum", () -> { EnumMap<Empty, Integer> q = new EnumMap<>(Empty.class); return q + " " + q.size() + q.keySet() + q.values() + q.entrySet() + q.get(Color.RED); });
                }

                static <E extends Enum<E>> void enumMapRandom(Class<E> type, E[] all, long seed, int steps) {
                    Random r = new Random(seed);

                    List<EnumMap<E, String>> pool = new ArrayList<>();
                    pool.add(new EnumMap<>(type));
                    for (int step = 0; step < steps; step++) {
                        int ti = r.nextInt(pool.size());
                        EnumMap<E, String> m = pool.get(ti);
                        EnumMap<E, String> o = pool.get(r.nextInt(pool.size()));
                        E a = all[r.nextInt(all.length)];
                        String v = r.nextInt(5) == 0 ? null : "v" + r.nextInt(10);
                        int op = r.nextInt(16);
                        Object res = null;
                        switch (op) {
                            case 0, 1, 2 -> res = m.put(a, v);
                            case 3 -> res = m.remove(a);
                            case 4 -> res = m.get(a) + " " + m.containsKey(a) + " " + m.containsValue(v);
                            case 5 -> m.putAll(o);
                            case 6 -> m.putAll(new HashMap<>(o));
                            case 7 -> res = m.equals(o) + " " + m.equals(new HashMap<>(o)) + " " + (m.hashCode() == new HashMap<>(m).hashCode());
                            case 8 -> { pool.add(m.clone()); }
                            case 9 -> { pool.add(new EnumMap<>(m)); }
                            case 10 -> { if (!m.isEmpty()) pool.add(new EnumMap<>(new TreeMap<>(m))); }
                            case 11 -> { Iterator<Map.Entry<E, String>> it = m.entrySet().iterator(); while (it.hasNext()) { var e = it.next(); int k = r.nextInt(4); if (k == 0) it.remove(); else if (k == 1) e.setValue("s" + r.nextInt(5)); } }
                            case 12 -> { Iterator<E> it = m.keySet().iterator(); while (it.hasNext()) { it.next(); if (r.nextInt(3) == 0) it.remove(); } }
                            case 13 -> res = m.values().remove(v);
                            case 14 -> { if (r.nextInt(5) == 0) m.clear(); }
                            default -> res = m.entrySet().remove(Map.entry(a, v == null ? "v1" : v));
                        }
                        p(step + " op" + op + " " + a + " " + v + " " + res + " | " + m + " " + m.size() + " " + m.keySet() + " " + m.values());
                    }
                }
            }
            """;
}

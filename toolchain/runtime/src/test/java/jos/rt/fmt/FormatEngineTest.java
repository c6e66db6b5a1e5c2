package jos.rt.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Formatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** java.util.Formatter of HotSpot is the reference: output, partial output and exception text. */
class FormatEngineTest {
    /** IllegalFormatArgumentIndexException cannot be constructed outside java.util: let HotSpot make one. */
    static final FormatEngine ENGINE = new FormatEngine() {
        @Override
        protected RuntimeException illegalArgumentIndex(int index) {
            String f = index == Integer.MIN_VALUE ? "%99999999999$s" : "%" + index + "$s";
            try {
                String.format(f, "x");
            } catch (RuntimeException e) {
                return e;
            }
            throw new AssertionError(f);
        }
    };

    static String ours(String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            ENGINE.format(sb, format, args);
            return "[" + sb + "]";
        } catch (RuntimeException e) {
            return "[" + sb + "] " + e;
        }
    }

    static String jdk(String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new Formatter(sb).format(format, args);
            return "[" + sb + "]";
        } catch (RuntimeException e) {
            return "[" + sb + "] " + e;
        }
    }

    static void check(String format, Object... args) {
        String e = jdk(format, args);
        String a = ours(format, args);
        if (!e.equals(a)) assertEquals(e, a, "format \"" + format + "\" args " + java.util.Arrays.deepToString(args));
    }

    static final Object[] VALUES = {0, 1, -1, 5, 123456789, -123456789, Integer.MIN_VALUE, Integer.MAX_VALUE, 0L,
        Long.MIN_VALUE, Long.MAX_VALUE, -42L, (byte) -5, (byte) 100, (byte) -128, (short) -300, (short) 12345, 'a',
        '\u00df', '\u01f6', "hello", "", "stra\u00dfe", null, true, false, 0.0, -0.0, 1.0, -1.5, 0.15, 1.005, 0.5, 2.5,
        1234.5678, 1234567.891, 1e300, -1e300, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1f, 1.5f, -3.25f, Float.MAX_VALUE,
        Float.MIN_VALUE, 99999.95, 0.0001, 9.999995e-5, 123456789.0, 1e-5, 1e7, 0.49999999999999994, 9.5, 0.95,
        0x1.fffffffffffffp-1, 1.96875, 0x1.08p-1022, 0x0.0000000000001p-1022, new StringBuilder("sb"), List.of(1, 2)};

    static final String[] CONVERSIONS = {"d", "o", "x", "X", "e", "E", "f", "g", "G", "a", "A", "s", "S", "c", "C", "b",
        "B", "h", "H", "%", "n"};
    static final String[] FLAGS = {"", "-", "#", "+", " ", "0", ",", "(", "-#", "+,", " (", "0,", "+(", "-+", "0(",
        "#0", ",(", "+0,(", "- ", "-,(", "<", "1$", "2$", "1$-", "1$0", "1$<", "--", "00", "+ ", "-0"};
    static final String[] WIDTHS = {"", "1", "5", "12", "25"};
    static final String[] PRECISIONS = {"", ".0", ".1", ".2", ".3", ".6", ".10", ".13", ".17", ".20"};

    @Test
    void specifierTable() {
        for (String c : CONVERSIONS) {
            for (String fl : FLAGS) {
                for (String w : WIDTHS) {
                    for (String p : PRECISIONS) {
                        String spec = "<%" + fl + w + p + c + ">";
                        for (Object v : VALUES) check(spec, v, "second");
                    }
                }
            }
        }
    }

    @Test
    void syntaxAndArgumentErrors() {
        String[] formats = {"%", "%-", "%5", "%.5", "%1$", "%q", "%5q", "%.q", "%5.q", "%1$q", "%-q", "%1$.5", "%5.5",
            "%5.", "%0$q", "%00s", "%-1$s", "%1$-5s|", "%1$<s", "%<1$s", "%-05X", "%+ 5E", "%-0 5X", "%#X",
            "%1$-5.3q", "%1$-5.3S", "%$s", "%1$1$s", "%.", "%.s", "%-.5s", "%1$-10d", "%#-x", "%-+5S", "%0-5d",
            "%-#5.3e", "%5$", "%D", "%F", "%Q", "%\u0100", "%5\u0100", "%5\u00e9", "%5_", "%5 ", "%tq", "%Tq", "%1$tq",
            "%5t", "%t", "%t5", "%5t%", "%T", "%5T", "%.2tq", "%.2t", "%-<5s|", "%-<s", "%08.3f", "%-0", "%,(-+d",
            "%,,d", "%<<s", "%(+ d", "%10.-3f", "%0$", "%00", "%99999999999", "%.99999999999", "%.99999999999q",
            "%0$00q", "%0$00", "%1$00", "%--", "%99999999999$", "%<<", "%+(x", "%( +x", "%<%", "%-<%", "%(n", "%5n",
            "%-5n", "%1$n", "%1$%", "%<n", "%+#x", "%#+o", "%+c", "%-c", "%#c", "%0c", "%(b", "%-b", "%#h", "%+h",
            "%-0s", "%,-5b", "%+,s", "%(0 5s", "%#+c", "%,#5c", "%#,b", "%(#5d", "%,(#o", "%,#x", "%(,a", "%#,5g",
            "%,e", "%( 5x", "%,#e", "%0,(+#5s", "%#(5h", "%99999999999$s", "%2147483648$s", "%2147483647$s",
            "%99999999999s", "%2147483648s", "%d %d", "%s %q", "%d %q", "%2$d", "%s %<s %<s",
            "%1$s %<s %s", "%s %1$s %s", "%<s", "%3$s", "%+x %q", "%+x %d", "a%sb%sc%sd", "%%%n%s%%", "100%", "%0%",
            "%#%", "%-%", "%.2%", "%.2n", "%-5%|", "%5%|", "%1$s%1$s%1$s", "%2$s%1$s%s%s%s"};
        Object[][] argLists = {{}, {"a"}, {5}, {"a", 1}, {5, 6, 7}, {null}, {1.5, "x"}, null};
        for (String f : formats) {
            for (Object[] args : argLists) check(f, args);
        }
        check(null, "a");
    }

    @Test
    void roundingOfDecimalConversions() {
        check("%.1f %.2f %.0f %.0f %.0f %.3e %,.2f", 0.15, 1.005, 0.5, 1.5, 2.5, 1234.5678, 1234567.891);
        check("%f %.20f %.20f %.330f %e %.17e", 1e300, 0.1, 1.0 / 3, Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE);
        check("%g %g %g %g %.3g %g %g %.0g %.1g", 0.0, 1e-5, 123456789.0, 0.0001, 99950.0, 99999.95, 9.999995e-5, 1.5, 0.0);
        check("%.1a %.0a %a %.3a %.12a %.13a %.1a", 1.96875, 1.5, Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE,
                Double.MIN_VALUE, Double.MAX_VALUE);
    }

    @Test
    void randomDoublesAndPrecisions() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 400_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            switch (r.nextInt(4)) {
                case 0 -> d = r.nextDouble() * Math.pow(10, r.nextInt(-20, 20));
                case 1 -> d = Math.round(d * 1000) / 1000.0;
                case 2 -> d = r.nextInt(-100000, 100000) / Math.pow(10, r.nextInt(0, 8));
                default -> { }
            }
            int p = r.nextInt(18);
            check("%." + p + "f", d);
            check("%." + p + "e", d);
            check("%." + p + "g", d);
            check("%." + p + "a", d);
            check("%,+0" + r.nextInt(1, 30) + "." + p + "f", d);
            check("%(-" + r.nextInt(1, 30) + "." + p + "E", d);
            float f = Float.intBitsToFloat(r.nextInt());
            check("%." + p + "f %." + p + "e %." + p + "g", f, f, f);
        }
    }

    @Test
    void randomIntegers() {
        SplittableRandom r = new SplittableRandom(4);
        String[] specs = {"%d", "%,d", "%+d", "%(d", "% d", "%015d", "%-15d|", "%,015d", "%(,15d", "%o", "%#o",
            "%x", "%#X", "%012x", "%#012x", "%c"};
        for (int i = 0; i < 50_000; i++) {
            long v = r.nextLong() >> r.nextInt(64);
            for (String s : specs) {
                check(s, v);
                check(s, (int) v);
                check(s, (short) v);
                check(s, (byte) v);
            }
        }
    }

    /** Appendable failures are remembered, and printing goes on with the next piece. */
    @Test
    void ioExceptionsAreReturned() {
        IOException boom = new IOException("boom");
        StringBuilder seen = new StringBuilder();
        Appendable failing = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                if (csq.toString().equals("x")) throw boom;
                seen.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                return append(csq.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) throws IOException {
                return append(String.valueOf(c));
            }
        };
        assertSame(boom, ENGINE.format(failing, "a%sb%sc", new Object[] {"x", "y"}));
        assertEquals("abyc", seen.toString());
        assertNull(ENGINE.format(new StringBuilder(), "ok", new Object[0]));
    }
}

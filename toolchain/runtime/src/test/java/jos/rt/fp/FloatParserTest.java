package jos.rt.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Double.parseDouble and Float.parseFloat of HotSpot are the reference, results and exceptions alike. */
class FloatParserTest {
    private static String jdkDouble(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String ourDouble(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(FloatParser.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String jdkFloat(String s) {
        try {
            return Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String ourFloat(String s) {
        try {
            return Integer.toHexString(Float.floatToRawIntBits(FloatParser.parseFloat(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static void check(String s) {
        String e = jdkDouble(s), a = ourDouble(s);
        if (!e.equals(a)) assertEquals(e, a, "double of \"" + s + "\"");
        e = jdkFloat(s);
        a = ourFloat(s);
        if (!e.equals(a)) assertEquals(e, a, "float of \"" + s + "\"");
    }

    @Test
    void grammarAndExceptions() {
        String[] cases = {"", "  ", " 1.5 ", "abc", "1e", "1e+", ".", "1.", ".5", "+.5e1", "-NaN", "+Infinity", "NaN ",
            " Infinityx", "1d", "1f", "1D ", "1.0fd", "0x1.8p3", "0x1.8", "0x.8p1", "0X1P-1074", "0x1p-1075",
            "0x1.8p-1074", "1e999999999999", "1e-99999999999", "\t\n1\u0000", "1_000", "\u0661", "0x", "0xp1",
            "1e1.5", "1E+0", "--1", "+-1", "Infinity", "infinity", "nan", "NaNd", "Infinityf", "-", "+", "0x1p",
            "0x1p+", "0x1.p1", "0x.1p1", "0x.p1", "0x1pf", "0x1p1d", "1e5f", ".e5", "1.e5", "00000.0000e-5", "-0",
            "-0.0e10", "0e999999999", "0.0001e-99999", "1.0e-2147483648", "1e2147483648", "1\u2000", "1 1", "1..0",
            "1e5e5", "..", ".1.", "1.2.3", " 1..0 ", "1.e5.", "1e5.", "-..", "+.", "0x1..8p1", " 0x1.8 ", " 0xg ",
            "0x1.8p1.", "0x1p1 x", "NaN.", "1.5.", "1e+-5", "1e--5", "1e5 d", "0x1p2147483648", "0x1p-2147483649", "0x1.0000000000000800000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
            "0x0.00000000000000000000000000000000000000000000001p0", "0x123456789abcdef123456789p-500", "+0x1p-1080",
            "-0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffeffffffffffp127", "0x1.ffffffp127",
            "0x1.000001p-149", "0x1p-150", "0x1.000000000001p-150", "0X0P0", "0x00000000000000000000001p-1",
            "4.9e-324", "2.5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
            "1.7976931348623159e308", "3.4028235677973366e38", "3.4028235677973362e38", "1.4e-45", "7e-46", "7.1e-46",
            "123456789012345678901234567890", "9007199254740993", "9007199254740992.5", "1e23", "8.41e21",
            "1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062500001",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "0.0000000000000000000000000001e28", "1e+0022",
            "-1e-0022", "123456789012345e-22", "1234567890123456e22", "9e15", "99999999999999999e-17"};
        for (String s : cases) check(s);
        assertEquals("java.lang.NumberFormatException: empty String", ourDouble(" "));
        assertEquals("java.lang.NumberFormatException: For input string: \" x \"", ourDouble(" x "));
        assertEquals(jdkDouble(null), ourDouble(null));
        assertEquals(jdkFloat(null), ourFloat(null));
    }

    /** Exact midpoints between neighbouring doubles (ties go to even), and values a hair either side. */
    @Test
    void halfwayCases() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (r.nextInt(4) == 0) d = Double.longBitsToDouble(r.nextLong(0, 1L << 53));   // subnormal and small normal
            if (!Double.isFinite(d) || d == Double.MAX_VALUE) continue;
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            String m = mid.toString();
            check(m);
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mid.scale() + 5);
            check(mid.add(eps).toString());
            check(mid.subtract(eps).toString());
            check(mid.toPlainString().length() < 2000 ? mid.toPlainString() : m);
            // Short decimals just either side of the midpoint exercise the 18-digit table path.
            for (int p = 15; p <= 19; p++) {
                check(mid.round(new MathContext(p, RoundingMode.UP)).toString());
                check(mid.round(new MathContext(p, RoundingMode.DOWN)).toString());
            }
        }
        for (int i = 0; i < 20_000; i++) {
            float f = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (!Float.isFinite(f) || f == Float.MAX_VALUE) continue;
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            check(mid.toString());
            BigDecimal eps = BigDecimal.ONE.movePointLeft(mid.scale() + 3);
            check(mid.add(eps).toString());
            check(mid.subtract(eps).toString());
            for (int p = 6; p <= 10; p++) {
                check(mid.round(new MathContext(p, RoundingMode.UP)).toString());
                check(mid.round(new MathContext(p, RoundingMode.DOWN)).toString());
            }
        }
    }

    @Test
    void longDigitStrings() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(1, 1500);
            for (int k = 0; k < n; k++) sb.append((char) ('0' + r.nextInt(10)));
            int point = r.nextInt(n + 1);
            sb.insert(point, '.');
            sb.append('e').append(r.nextInt(-1400, 400));
            check(sb.toString());
        }
        // A midpoint followed by many zeros and then a non-zero digit far beyond the cut-off.
        String mid = new BigDecimal(1.0).add(new BigDecimal(Math.nextUp(1.0))).divide(BigDecimal.valueOf(2)).toPlainString();
        check(mid + "0".repeat(2000) + "1");
        check(mid + "0".repeat(2000));
        check("0." + "0".repeat(330) + "247032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255");
    }

    @Test
    void randomRoundTripsAndPerturbations() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            check(Double.toString(d));
            check(Float.toString(Float.intBitsToFloat(r.nextInt())));
            check(Double.toHexString(d));
            check(Float.toHexString(Float.intBitsToFloat(r.nextInt())));
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(1, 30);
            for (int k = 0; k < n; k++) sb.append((char) ('0' + r.nextInt(10)));
            sb.insert(r.nextInt(n + 1), '.');
            sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(-360, 360));
            if (r.nextInt(8) == 0) sb.append("fFdD".charAt(r.nextInt(4)));
            if (r.nextBoolean()) sb.insert(0, r.nextBoolean() ? '-' : '+');
            check(sb.toString());
            check(String.format("%.25e", d));
        }
    }
}

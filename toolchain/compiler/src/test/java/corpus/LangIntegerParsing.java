package corpus;

/** Integer/Long parsing: values and exact exception messages over edge inputs and every radix kind. */
public class LangIntegerParsing {
    interface Parse {
        Object run() throws Exception;
    }

    static void show(String what, Parse p) {
        String r;
        try {
            r = String.valueOf(p.run());
        } catch (Exception e) {
            r = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println(what + " -> " + r);
    }

    public static void main(String[] args) {
        String[] inputs = {"", "-", "+", "0", "-0", "+0", "00", "1", "-1", "+-1", "-+1", "--1", " 1", "1 ", "1_0",
            "7", "8", "9", "a", "A", "f", "g", "z", "Z", "10", "11", "777", "zz", "ZZ", "ffff", "FFFF", "fFfF",
            "7fffffff", "80000000", "-80000000", "-80000001", "ffffffff", "100000000", "-7fffffff",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "-4294967296",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "18446744073709551616", "99999999999999999999", "0000000000000000000000001",
            "7fffffffffffffff", "8000000000000000", "-8000000000000000", "ffffffffffffffff", "10000000000000000",
            "11111111111111111111111111111111", "100000000000000000000000000000000",
            "1111111111111111111111111111111111111111111111111111111111111111",
            "-1000000000000000000000000000000000000000000000000000000000000000",
            "17777777777", "20000000000", "37777777777", "40000000000", "1777777777777777777777",
            "zik0zj", "zik0zk", "1y2p0ij32e8e7", "1y2p0ij32e8e8", "3w5e11264sgsf", "3w5e11264sgsg", "-1y2p0ij32e8e8",
            "12a", "a12", "1.0", "0x10", "#10", "\u0661\u0662", "\uff11\uff12", "\uff21", "\u0966", "1\u0000",
            "99999999999x", "x99999999999", "4294967295x", "42949672950"};
        int[] radices = {2, 8, 10, 16, 36};
        for (String s : inputs) {
            for (int radix : radices) {
                show("parseInt(" + q(s) + "," + radix + ")", () -> Integer.parseInt(s, radix));
                show("parseLong(" + q(s) + "," + radix + ")", () -> Long.parseLong(s, radix));
                show("parseUnsignedInt(" + q(s) + "," + radix + ")", () -> Integer.parseUnsignedInt(s, radix));
                show("parseUnsignedLong(" + q(s) + "," + radix + ")", () -> Long.parseUnsignedLong(s, radix));
            }
            show("parseInt(" + q(s) + ")", () -> Integer.parseInt(s));
            show("valueOf(" + q(s) + ")", () -> Integer.valueOf(s));
            show("Long.valueOf(" + q(s) + ",16)", () -> Long.valueOf(s, 16));
            show("decode(" + q(s) + ")", () -> Integer.decode(s));
            show("Long.decode(" + q(s) + ")", () -> Long.decode(s));
            show("Short.parseShort(" + q(s) + ")", () -> Short.parseShort(s));
            show("Byte.parseByte(" + q(s) + ",16)", () -> Byte.parseByte(s, 16));
        }
        String[] decodes = {"0x", "0X", "#", "-0x", "+#", "0x-1", "0x+1", "#-1", "-#-1", "0", "-0", "00", "-00", "010",
            "-010", "08", "0x7fffffff", "0x80000000", "-0x80000000", "-2147483648", "-020000000000", "020000000000",
            "0x7fffffffffffffff", "-0x8000000000000000", "0x8000000000000000", "-9223372036854775808", "- 1", "0 x1",
            "0xg", "#FfFf", "+0X10", "0b101"};
        for (String s : decodes) {
            show("decode(" + q(s) + ")", () -> Integer.decode(s));
            show("Long.decode(" + q(s) + ")", () -> Long.decode(s));
        }
        for (int radix = -1; radix <= 38; radix += 1) {
            int r = radix;
            if (r > 3 && r < 35 && r != 10 && r != 16) continue;
            show("parseInt(\"1\"," + r + ")", () -> Integer.parseInt("1", r));
            show("parseLong(\"1\"," + r + ")", () -> Long.parseLong("1", r));
            show("parseUnsignedInt(\"1\"," + r + ")", () -> Integer.parseUnsignedInt("1", r));
            show("parseUnsignedLong(\"1\"," + r + ")", () -> Long.parseUnsignedLong("1", r));
            show("parseInt(cs,\"1\"," + r + ")", () -> Integer.parseInt("1", 0, 1, r));
            show("parseUnsignedLong(cs,\"\"," + r + ")", () -> Long.parseUnsignedLong("", 0, 0, r));
            show("parseInt(null," + r + ")", () -> Integer.parseInt(null, r));
        }
        show("parseInt(null)", () -> Integer.parseInt(null));
        show("parseLong(null)", () -> Long.parseLong(null));
        show("parseUnsignedInt(null)", () -> Integer.parseUnsignedInt(null));
        show("parseUnsignedLong(null)", () -> Long.parseUnsignedLong(null));
        show("valueOf(null)", () -> Integer.valueOf(null));
        show("decode(null)", () -> Integer.decode(null));
        show("Long.decode(\"\")", () -> Long.decode(""));
        show("parseInt(cs null)", () -> Integer.parseInt(null, 0, 0, 10));
        show("parseLong(cs null)", () -> Long.parseLong(null, 0, 0, 10));
        show("parseUnsignedInt(cs null)", () -> Integer.parseUnsignedInt(null, 0, 0, 10));
        show("parseUnsignedLong(cs null)", () -> Long.parseUnsignedLong(null, 0, 0, 10));
        String text = "ab-123+456 -9223372036854775808 ffffffff 4294967296 z";
        int[][] ranges = {{2, 6}, {6, 10}, {2, 3}, {6, 7}, {0, 2}, {3, 6}, {10, 31}, {11, 31}, {32, 40}, {41, 51},
            {5, 5}, {0, 0}, {-1, 2}, {3, 2}, {40, 60}, {50, 53}, {51, 53}, {52, 53}, {4, 9}, {10, 11}};
        for (int[] r : ranges) {
            for (int radix : radices) {
                String w = "(" + r[0] + "," + r[1] + "," + radix + ")";
                show("parseInt" + w, () -> Integer.parseInt(text, r[0], r[1], radix));
                show("parseLong" + w, () -> Long.parseLong(text, r[0], r[1], radix));
                show("parseUnsignedInt" + w, () -> Integer.parseUnsignedInt(text, r[0], r[1], radix));
                show("parseUnsignedLong" + w, () -> Long.parseUnsignedLong(text, r[0], r[1], radix));
            }
        }
        show("parseInt(bad range, bad radix)", () -> Integer.parseInt("abc", 5, 1, 99));
        show("parseUnsignedLong(bad range, bad radix)", () -> Long.parseUnsignedLong("abc", -1, 1, 1));
        StringBuilder sb = new StringBuilder("x-2147483648y");
        show("parseInt(sb)", () -> Integer.parseInt(sb, 1, 12, 10));
        show("parseInt(sb,bad)", () -> Integer.parseInt(sb, 0, 12, 10));
        show("parseLong(sb)", () -> Long.parseLong(sb, 1, 13, 10));
        // round trips over sampled values
        long h = 0;
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 20000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            long v = x >> (i % 64);
            int iv = (int) v;
            for (int radix = 2; radix <= 36; radix += 17) {
                h = h * 31 + Long.parseLong(Long.toString(v, radix), radix);
                h = h * 31 + Integer.parseInt(Integer.toString(iv, radix), radix);
                h = h * 31 + Long.parseUnsignedLong(Long.toUnsignedString(v, radix), radix);
                h = h * 31 + Integer.parseUnsignedInt(Integer.toUnsignedString(iv, radix), radix);
            }
            h = h * 31 + Long.decode(Long.toString(v)) + Integer.decode("0x" + Integer.toHexString(iv >>> 1));
        }
        System.out.println("round trips " + h);
    }

    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) sb.append("\\u").append(String.format("%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}

package corpus;

public class IntegerParsing {
    static void parse(String s) {
        try {
            System.out.println("parseInt(\"" + s + "\") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\") NFE: " + e.getMessage());
        }
    }

    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") NFE: " + e.getMessage());
        }
    }

    static void parseLong(String s, int radix) {
        try {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") = " + Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") NFE: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+0", "123", "-123", "+123", "2147483647", "-2147483648", "2147483648", "-2147483649",
                "", "-", "+", " 1", "1 ", "12a", "0x10", "1_000", "00012", "99999999999", "\u0661\u0662", "1.0"};
        for (String s : inputs) parse(s);
        parse(null);
        parse("ff", 16);
        parse("-FF", 16);
        parse("7fffffff", 16);
        parse("80000000", 16);
        parse("-80000000", 16);
        parse("1010", 2);
        parse("z", 36);
        parse("ZZZZZZ", 36);
        parse("12", 3);
        parse("9", 8);
        parse("1", 1);
        parse("1", 37);
        parseLong("9223372036854775807", 10);
        parseLong("-9223372036854775808", 10);
        parseLong("9223372036854775808", 10);
        parseLong("7fffffffffffffff", 16);
        parseLong("-1", 2);
        parseLong("abc", 10);
        System.out.println(Integer.valueOf("42") + Integer.valueOf("8", 16));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " " + Long.decode("0X7F"));
        try {
            Integer.decode("0x");
        } catch (NumberFormatException e) {
            System.out.println("decode NFE: " + e.getMessage());
        }
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.parseUnsignedInt("ffffffff", 16));
        try {
            Integer.parseUnsignedInt("4294967296");
        } catch (NumberFormatException e) {
            System.out.println("unsigned NFE: " + e.getMessage());
        }
        try {
            Integer.parseUnsignedInt("-1");
        } catch (NumberFormatException e) {
            System.out.println("unsigned NFE: " + e.getMessage());
        }
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " " + Long.toUnsignedString(-1L));
        System.out.println(Integer.parseInt("-7", 10) * 2 + " " + Integer.parseInt("+7") * 2);
    }
}

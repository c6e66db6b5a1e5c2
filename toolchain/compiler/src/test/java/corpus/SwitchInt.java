package corpus;

public class SwitchInt {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "other(" + x + ")";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "min";
            case -1000000: return "-1e6";
            case -1: return "minus one";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "64k";
            case Integer.MAX_VALUE: return "max";
            default: return "?";
        }
    }

    @SuppressWarnings("fallthrough")
    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1:
                r += 1;
            case 2:
                r += 10;
                break;
            case 3:
                r += 100;
            case 4:
            case 5:
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            case '\uffff': return "max char";
            default: return Character.isDigit(c) ? "digit" : "consonant";
        }
    }

    static String bytes(byte b) {
        switch (b) {
            case -128: return "min byte";
            case 127: return "max byte";
            case 0: return "zero byte";
            default: return "byte " + b;
        }
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 7; i++) System.out.println(i + " " + dense(i));
        int[] probes = {Integer.MIN_VALUE, -1000000, -1, 0, 7, 8, 1000, 65536, 65535, Integer.MAX_VALUE};
        for (int p : probes) System.out.println(p + " " + sparse(p));
        for (int i = 0; i <= 6; i++) System.out.println("ft " + i + " " + fallthrough(i));
        for (char c : "ai z9\uffff".toCharArray()) System.out.println((int) c + " " + chars(c));
        byte[] bs = {-128, 127, 0, 5};
        for (byte b : bs) System.out.println(bytes(b));
        short sh = 300;
        switch (sh) {
            case 300 -> System.out.println("short 300");
            default -> System.out.println("short other");
        }
        Integer boxed = 3;
        switch (boxed) {
            case 3 -> System.out.println("boxed 3");
            default -> System.out.println("boxed other");
        }
        int count = 0;
        for (int i = 0; i < 100; i++) {
            switch (i % 7) {
                case 0, 3 -> count += 1;
                case 5 -> count += 100;
                default -> { }
            }
        }
        System.out.println(count);
        try {
            Integer nb = null;
            switch (nb) {
                case 1 -> System.out.println("one");
                default -> System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE from switch on null Integer");
        }
    }
}

package corpus;

public class CharArithmetic {
    @SuppressWarnings("lossy-conversions")
    public static void main(String[] args) {
        char c = 'A';
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println('a' + 'b');
        System.out.println("" + 'a' + 'b');
        System.out.println('a' + "b");
        char max = Character.MAX_VALUE;
        max++;
        System.out.println((int) max);
        char zero = 0;
        zero--;
        System.out.println((int) zero);
        char d = '0';
        d *= 2;
        System.out.println(d + " " + (int) d);
        char fromInt = (char) 65601;
        System.out.println(fromInt + " " + (int) fromInt);
        char fromNeg = (char) -1;
        System.out.println((int) fromNeg);
        int diff = 'z' - 'a';
        System.out.println(diff);
        StringBuilder alphabet = new StringBuilder();
        for (char x = 'a'; x <= 'z'; x += 5) alphabet.append(x);
        System.out.println(alphabet);
        char[] caesar = "Hello, World!".toCharArray();
        for (int i = 0; i < caesar.length; i++) {
            char ch = caesar[i];
            if (Character.isUpperCase(ch)) caesar[i] = (char) ('A' + (ch - 'A' + 13) % 26);
            else if (Character.isLowerCase(ch)) caesar[i] = (char) ('a' + (ch - 'a' + 13) % 26);
        }
        System.out.println(new String(caesar));
        char sh = 'x';
        sh >>= 1;
        System.out.println((int) sh);
        char e = '\u00e9';
        System.out.println(e + " " + (int) e + " " + (e > 'z') + " " + (byte) e);
        System.out.println(Character.getNumericValue('7') + ('7' - '0') + " " + (char) ('0' + 7));
        int sum = 0;
        for (char x : "checksum".toCharArray()) sum = sum * 31 + x;
        System.out.println(sum);
        char t = true ? 'T' : 'F';
        System.out.println(t);
        long lc = 'L';
        double dc = 'D';
        float fc = 'F';
        System.out.println(lc + " " + dc + " " + fc);
        short s = (short) 'S';
        byte b = (byte) '\u0180';
        System.out.println(s + " " + b);
        char fromShort = (char) (short) -2;
        System.out.println((int) fromShort);
        System.out.println(Character.toString(97) + (char) 98 + 'c');
        final char k = 'k';
        byte fits = k;
        System.out.println(fits);
        System.out.println('\t' + 0 + " " + ('\n' + '\r') + " " + '\\' + '\'');
    }
}

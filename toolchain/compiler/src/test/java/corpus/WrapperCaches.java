package corpus;

public class WrapperCaches {
    static boolean sameLong(long v) { return Long.valueOf(v) == Long.valueOf(v); }

    static boolean sameShort(short v) { return Short.valueOf(v) == Short.valueOf(v); }

    static boolean sameByte(byte v) { return Byte.valueOf(v) == Byte.valueOf(v); }

    static boolean sameChar(char v) { return Character.valueOf(v) == Character.valueOf(v); }

    static boolean sameBool(boolean v) { return Boolean.valueOf(v) == Boolean.valueOf(v); }

    public static void main(String[] args) {
        long[] longs = {-129, -128, 0, 127, 128, 1L << 40};
        for (long v : longs) System.out.println("Long " + v + " " + sameLong(v));
        short[] shorts = {-129, -128, 0, 127, 128, 32767};
        for (short v : shorts) System.out.println("Short " + v + " " + sameShort(v));
        byte[] bytes = {-128, -1, 0, 127};
        for (byte v : bytes) System.out.println("Byte " + v + " " + sameByte(v));
        char[] chars = {0, 'a', 127, 128, '\u00ff', '\uffff'};
        for (char v : chars) System.out.println("Character " + (int) v + " " + sameChar(v));
        System.out.println("Boolean " + sameBool(true) + " " + sameBool(false));
        Short s1 = 100, s2 = 100;
        Byte b1 = -5, b2 = -5;
        Character c1 = 'x', c2 = 'x';
        System.out.println((s1 == s2) + " " + (b1 == b2) + " " + (c1 == c2));
        System.out.println(Short.valueOf((short) 7).equals((short) 7) + " " + Short.valueOf((short) 7).equals(7));
        System.out.println(Byte.parseByte("-128") + " " + Short.parseShort("7fff", 16) + " " + Byte.toString((byte) 200));
        System.out.println(Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1) + " " + Character.hashCode('A') + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false));
        System.out.println(Short.compare((short) 1, (short) -1) + " " + Byte.compare((byte) -128, (byte) 127) + " " + Character.compare('a', 'z'));
        System.out.println(Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedLong((byte) -128));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + (int) Character.reverseBytes('\u1234'));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Short.parseShort("-40000");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        Long big = 1L << 40;
        System.out.println(big.intValue() + " " + big.shortValue() + " " + big.byteValue() + " " + big.doubleValue() + " " + big.floatValue());
        Double dd = -1.9;
        System.out.println(dd.intValue() + " " + dd.longValue() + " " + dd.byteValue() + " " + dd.shortValue());
        Float ff = 3e10f;
        System.out.println(ff.intValue() + " " + ff.longValue() + " " + ff.doubleValue());
    }
}

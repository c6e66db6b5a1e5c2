package corpus;

/** Code point walking over text with paired and lone surrogates, and the index exceptions. */
public class LangCharacterSurrogates {
    interface Op {
        Object run();
    }

    static void show(String what, Op op) {
        String r;
        try {
            r = String.valueOf(op.run());
        } catch (RuntimeException e) {
            r = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println(what + " -> " + r);
    }

    public static void main(String[] args) {
        String text = "a\uD83D\uDE00b\uD800c\uDC00\uDBFF\uDFFF\uDC00\uD800";
        char[] arr = text.toCharArray();
        StringBuilder sbText = new StringBuilder(text);
        int n = arr.length;
        for (int i = -1; i <= n + 1; i++) {
            int k = i;
            show("codePointAt(cs," + k + ")", () -> Character.codePointAt(text, k));
            show("codePointAt(sb," + k + ")", () -> Character.codePointAt(sbText, k));
            show("codePointAt(arr," + k + ")", () -> Character.codePointAt(arr, k));
            show("codePointAt(arr," + k + ",5)", () -> Character.codePointAt(arr, k, 5));
            show("codePointBefore(cs," + k + ")", () -> Character.codePointBefore(text, k));
            show("codePointBefore(arr," + k + ")", () -> Character.codePointBefore(arr, k));
            show("codePointBefore(arr," + k + ",2)", () -> Character.codePointBefore(arr, k, 2));
            for (int off = -3; off <= 3; off++) {
                int o = off;
                show("offsetByCodePoints(cs," + k + "," + o + ")", () -> Character.offsetByCodePoints(text, k, o));
                show("offsetByCodePoints(arr,1,8," + k + "," + o + ")", () -> Character.offsetByCodePoints(arr, 1, 8, k, o));
            }
            for (int j = -1; j <= n + 1; j += 3) {
                int e = j;
                show("codePointCount(cs," + k + "," + e + ")", () -> Character.codePointCount(text, k, e));
                show("codePointCount(arr," + k + "," + e + ")", () -> Character.codePointCount(arr, k, e));
            }
        }
        show("codePointAt(arr,0,99)", () -> Character.codePointAt(arr, 0, 99));
        show("codePointAt(arr,0,0)", () -> Character.codePointAt(arr, 0, 0));
        show("codePointBefore(arr,1,-1)", () -> Character.codePointBefore(arr, 1, -1));
        show("offsetByCodePoints(arr,-1,2,0,0)", () -> Character.offsetByCodePoints(arr, -1, 2, 0, 0));
        show("offsetByCodePoints(arr,0,99,0,0)", () -> Character.offsetByCodePoints(arr, 0, 99, 0, 0));
        show("codePointAt(null)", () -> Character.codePointAt((CharSequence) null, 0));
        show("codePointAt(arr null)", () -> Character.codePointAt((char[]) null, 0));
        show("codePointAt(arr null,0,1)", () -> Character.codePointAt((char[]) null, 0, 1));
        show("codePointAt(arr null,0,0)", () -> Character.codePointAt((char[]) null, 0, 0));
        show("codePointBefore(null)", () -> Character.codePointBefore((CharSequence) null, 1));
        show("codePointBefore(arr null)", () -> Character.codePointBefore((char[]) null, 1));
        show("codePointBefore(arr null,1,0)", () -> Character.codePointBefore((char[]) null, 1, 0));
        show("codePointCount(null)", () -> Character.codePointCount((CharSequence) null, 0, 0));
        show("codePointCount(arr null)", () -> Character.codePointCount((char[]) null, 0, 0));
        show("offsetByCodePoints(null)", () -> Character.offsetByCodePoints((CharSequence) null, 0, 0));
        show("offsetByCodePoints(arr null)", () -> Character.offsetByCodePoints((char[]) null, 0, 0, 0, 0));
        show("toChars(null)", () -> Character.toChars(0x41, null, 0));
        show("toChars(sup,null)", () -> Character.toChars(0x10041, null, 0));
        show("toChars(bad,null)", () -> Character.toChars(-5, null, 0));
        char[] small = {'x', 'y', 'z'};
        show("toChars(sup,small,2)", () -> Character.toChars(0x10041, small, 2));
        show("after", () -> new String(small));
        show("toChars(sup,small,-1)", () -> Character.toChars(0x10041, small, -1));
        show("after", () -> new String(small));
        for (int cp : new int[] {-1, 0, 0x41, 0xD800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            show("toChars(" + Integer.toHexString(cp) + ")", () -> new String(Character.toChars(cp)));
            show("toString(" + Integer.toHexString(cp) + ")", () -> Character.toString(cp));
            char[] dst = new char[3];
            show("toChars(dst,1)", () -> Character.toChars(cp, dst, 1) + new String(dst));
            show("toChars(dst,2)", () -> Character.toChars(cp, dst, 2) + new String(dst));
            show("toChars(dst,-1)", () -> Character.toChars(cp, dst, -1));
            show("toCodePoint", () -> Character.toCodePoint(Character.highSurrogate(cp), Character.lowSurrogate(cp)));
            show("isSurrogatePair", () -> Character.isSurrogatePair(Character.highSurrogate(cp), Character.lowSurrogate(cp)));
        }
        show("toCodePoint(a,b)", () -> Character.toCodePoint('a', 'b'));
        show("getName", () -> Character.valueOf('x').charValue() + "" + Character.MIN_RADIX + Character.MAX_RADIX
                + (int) Character.MIN_VALUE + (int) Character.MAX_VALUE + Character.MIN_CODE_POINT + Character.MAX_CODE_POINT
                + Character.SIZE + Character.BYTES + Character.MIN_SUPPLEMENTARY_CODE_POINT);
        System.out.println(Character.valueOf('a') == Character.valueOf('a'));
        System.out.println(Character.valueOf('\u007f') == Character.valueOf('\u007f'));
        Character boxed = 'q';
        System.out.println(boxed + " " + boxed.toString() + " " + boxed.hashCode() + " " + boxed.compareTo('z'));
    }
}

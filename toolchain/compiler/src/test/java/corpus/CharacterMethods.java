package corpus;

public class CharacterMethods {
    public static void main(String[] args) {
        char[] samples = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '!', '\u00e9', '\u00c0', '\u0000', '\u007f', '\u00a0', '\u2028', '\u4e2d', '\uff21', '\u0660'};
        for (char c : samples) {
            System.out.println((int) c + ": letter=" + Character.isLetter(c) + " digit=" + Character.isDigit(c) + " lod=" + Character.isLetterOrDigit(c)
                    + " alpha=" + Character.isAlphabetic(c) + " up=" + Character.isUpperCase(c) + " low=" + Character.isLowerCase(c)
                    + " ws=" + Character.isWhitespace(c) + " space=" + Character.isSpaceChar(c) + " ctl=" + Character.isISOControl(c)
                    + " jstart=" + Character.isJavaIdentifierStart(c) + " jpart=" + Character.isJavaIdentifierPart(c)
                    + " toUp=" + (int) Character.toUpperCase(c) + " toLow=" + (int) Character.toLowerCase(c) + " type=" + Character.getType(c));
        }
        System.out.println(Character.digit('7', 10) + " " + Character.digit('a', 16) + " " + Character.digit('g', 16) + " " + Character.digit('\u0665', 10));
        System.out.println(Character.getNumericValue('a') + " " + Character.getNumericValue('5') + " " + Character.getNumericValue('%'));
        System.out.println(Character.toString('x') + Character.toString(0x1F600).length() + " " + Character.valueOf('q'));
        System.out.println(Character.isTitleCase('\u01c5') + " " + (int) Character.toTitleCase('\u01c6') + " " + Character.toChars(65)[0]);
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MIN_VALUE + " " + Character.MIN_SUPPLEMENTARY_CODE_POINT);
        System.out.println(Character.isLetter(0x1F600) + " " + Character.isLetter(0x10400) + " " + Character.toLowerCase(0x10400) + " " + Character.isDigit(0x1D7CE));
        int upper = 0, lower = 0, digit = 0, other = 0;
        for (char c = 0; c < 512; c++) {
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
            else if (Character.isDigit(c)) digit++;
            else other++;
        }
        System.out.println(upper + " " + lower + " " + digit + " " + other);
    }
}

package corpus;

public class DoubleParsing {
    static void parse(String s) {
        try {
            double d = Double.parseDouble(s);
            System.out.println("\"" + s + "\" -> " + d + " bits=" + Long.toHexString(Double.doubleToRawLongBits(d)));
        } catch (NumberFormatException e) {
            System.out.println("\"" + s + "\" NFE: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("null NPE");
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "1", "+1.5", "-2.25", ".5", "5.", "1e10", "1E-10", "1e+3", " 42 ", "\t3.0\n",
                "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e309", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
                "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "0.30000000000000004", "123456789012345678901234567890",
                "3.14159265358979323846", "1d", "2f", "1.5D", "0x1p4", "0x1.8p1", "", "abc", "1.2.3", "--1", "1e", "e5", "inf", "1_000", null};
        for (String s : inputs) parse(s);
        System.out.println(Float.parseFloat("0.1") + " " + Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.4e-45") + " " + Float.parseFloat("7e-46"));
        System.out.println(Float.parseFloat("1.00000017881393421514957253748434595763683319091796875001") + " " + Float.parseFloat("16777217"));
        System.out.println(Double.valueOf("2.5").equals(2.5) + " " + Double.valueOf(" -7 ") + " " + Float.valueOf("1e1"));
        double sum = 0;
        for (int i = 0; i < 100; i++) sum += Double.parseDouble("0." + i);
        System.out.println(sum);
        for (int i = 1; i < 20; i++) {
            String s = Double.toString(1.0 / i);
            double back = Double.parseDouble(s);
            System.out.print((back == 1.0 / i ? "ok" : "MISMATCH") + (i < 19 ? " " : "\n"));
        }
    }
}

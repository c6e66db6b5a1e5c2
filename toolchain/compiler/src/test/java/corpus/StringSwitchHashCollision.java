package corpus;

public class StringSwitchHashCollision {
    static String classify(String s) {
        switch (s) {
            case "Aa": return "Aa branch";
            case "BB": return "BB branch";
            case "AaAa": return "AaAa branch";
            case "BBBB": return "BBBB branch";
            case "AaBB": return "AaBB branch";
            case "C#": return "C# branch";
            default: return "default for " + s;
        }
    }

    static int arrow(String s) {
        return switch (s) {
            case "Ea", "FB" -> 1;
            case "Db" -> 2;
            case "polygenelubricants" -> 3;
            case "GydZG_" -> 4;
            case "DESIGNING WORKHOUSES" -> 5;
            default -> 0;
        };
    }

    public static void main(String[] args) {
        String[] probes = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb", "", "aA"};
        for (String p : probes) {
            System.out.println(p + " hash=" + p.hashCode() + " -> " + classify(p));
        }
        String[] probes2 = {"Ea", "FB", "Db", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "EB", "Fa"};
        for (String p : probes2) {
            System.out.println(p + " hash=" + p.hashCode() + " -> " + arrow(p));
        }
        System.out.println("Aa".hashCode() == "BB".hashCode());
        System.out.println("polygenelubricants".hashCode() + " " + "GydZG_".hashCode() + " " + "DESIGNING WORKHOUSES".hashCode());
        String built = new String(new char[]{'B', 'B'});
        System.out.println(classify(built));
    }
}

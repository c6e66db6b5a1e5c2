package corpus;

public class SwitchString {
    static int classic(String s) {
        switch (s) {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma":
            case "delta": return 34;
            case "": return 0;
            case "ALPHA": return -1;
            default: return 99;
        }
    }

    static String arrow(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "primary-ish";
            case "black" -> "dark";
            case "white" -> {
                String t = s.toUpperCase();
                yield t + "!";
            }
            default -> "unknown " + s.length();
        };
    }

    static String unicode(String s) {
        switch (s) {
            case "\u00e9": return "e-acute";
            case "\u65e5\u672c": return "nihon";
            case "\ud83d\ude00": return "grinning";
            default: return "plain";
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"alpha", "beta", "gamma", "delta", "", "ALPHA", "Alpha", "epsilon", new String("beta"), "al" + "pha"};
        for (String s : inputs) System.out.println("[" + s + "] " + classic(s));
        String[] colors = {"red", "blue", "black", "white", "purple", "gr" + "een"};
        for (String c : colors) System.out.println(c + " " + arrow(c));
        String built = new StringBuilder("ateb").reverse().toString();
        System.out.println(classic(built));
        System.out.println(unicode("\u00e9") + " " + unicode("\u65e5\u672c") + " " + unicode("\ud83d\ude00") + " " + unicode("e"));
        try {
            String n = null;
            classic(n);
        } catch (NullPointerException e) {
            System.out.println("NPE on null string switch");
        }
        int total = 0;
        String text = "one two three two one four two";
        for (String w : text.split(" ")) {
            total += switch (w) {
                case "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                default -> 100;
            };
        }
        System.out.println(total);
    }
}

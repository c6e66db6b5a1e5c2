package corpus;

public class SwitchEnum {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double m, double r) { mass = m; radius = r; }
    }

    static String kind(Day d) {
        switch (d) {
            case SAT:
            case SUN:
                return "weekend";
            case FRI:
                return "almost";
            default:
                return "weekday";
        }
    }

    static int hours(Day d) {
        return switch (d) {
            case MON, TUE, WED, THU -> 8;
            case FRI -> 6;
            case SAT, SUN -> 0;
        };
    }

    static String planet(Planet p) {
        return switch (p) {
            case EARTH -> "home";
            case JUPITER -> "giant";
            default -> "other";
        };
    }

    public static void main(String[] args) {
        int total = 0;
        for (Day d : Day.values()) {
            System.out.println(d + " " + d.ordinal() + " " + kind(d) + " " + hours(d));
            total += hours(d);
        }
        System.out.println("total " + total);
        for (Planet p : Planet.values()) {
            System.out.println(p.name() + " " + planet(p) + " " + p.mass + " " + p.radius);
        }
        Day d = Day.valueOf("WED");
        switch (d) {
            case WED -> System.out.println("midweek");
            default -> System.out.println("not midweek");
        }
        try {
            Day n = null;
            kind(n);
        } catch (NullPointerException e) {
            System.out.println("NPE on null enum switch");
        }
        Object o = Day.SUN;
        String r = switch (o) {
            case Day x when x == Day.SUN -> "pattern sun";
            case Day x -> "pattern day " + x;
            default -> "not a day";
        };
        System.out.println(r);
        java.util.EnumMap<Day, Integer> map = new java.util.EnumMap<>(Day.class);
        for (Day x : Day.values()) if (hours(x) > 0) map.put(x, hours(x));
        System.out.println(map);
    }
}

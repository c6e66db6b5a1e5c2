package corpus;

import java.util.*;

public class EnumsWithBodies {
    enum Operation {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }

            @Override public String toString() { return "times!"; }
        },
        POW("^") {
            int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) r *= a;
                return r;
            }
        };

        final String symbol;

        Operation(String symbol) { this.symbol = symbol; }

        abstract int apply(int a, int b);
    }

    enum Level {
        LOW, MEDIUM, HIGH;

        Level next() { return values()[(ordinal() + 1) % values().length]; }
    }

    enum Singleton {
        INSTANCE;
        int counter;

        int increment() { return ++counter; }
    }

    interface HasCode { int code(); }

    enum Status implements HasCode {
        OK(200), NOT_FOUND(404), ERROR(500);
        private final int code;
        private static final Map<Integer, Status> BY_CODE = new HashMap<>();

        static {
            for (Status s : values()) BY_CODE.put(s.code, s);
        }

        Status(int code) { this.code = code; }

        public int code() { return code; }

        static Status byCode(int c) { return BY_CODE.get(c); }
    }

    public static void main(String[] args) {
        for (Operation op : Operation.values()) {
            System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(3, 4) + " " + op.ordinal()
                    + " " + (op.getClass() == Operation.class) + " " + op.getDeclaringClass().getSimpleName());
        }
        System.out.println(Operation.valueOf("TIMES").apply(6, 7));
        try {
            Operation.valueOf("DIVIDE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Level l = Level.LOW;
        for (int i = 0; i < 4; i++) {
            System.out.print(l + " ");
            l = l.next();
        }
        System.out.println();
        System.out.println(Level.HIGH.compareTo(Level.LOW) + " " + Level.LOW.compareTo(Level.HIGH));
        System.out.println(Singleton.INSTANCE.increment() + " " + Singleton.INSTANCE.increment());
        System.out.println(Status.byCode(404) + " " + Status.byCode(418) + " " + Status.ERROR.code());
        HasCode hc = Status.OK;
        System.out.println(hc.code());
        EnumSet<Level> set = EnumSet.of(Level.HIGH, Level.LOW);
        System.out.println(set + " " + EnumSet.complementOf(set) + " " + EnumSet.allOf(Level.class));
        EnumMap<Operation, Integer> results = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) results.put(op, op.apply(2, 5));
        System.out.println(results);
        List<Level> sorted = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.MEDIUM, Level.LOW));
        Collections.sort(sorted);
        System.out.println(sorted);
        System.out.println(Level.MEDIUM.equals(Level.valueOf("MEDIUM")) + " " + (Level.MEDIUM == Level.valueOf("MEDIUM")));
        System.out.println(Enum.valueOf(Level.class, "HIGH").ordinal());
    }
}

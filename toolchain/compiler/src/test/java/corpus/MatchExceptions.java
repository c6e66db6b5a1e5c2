package corpus;

public class MatchExceptions {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int v) implements Expr {}
    record Add(Expr l, Expr r) implements Expr {}
    record Mul(Expr l, Expr r) implements Expr {}
    record Neg(Expr e) implements Expr {}

    record Fragile(int x) {
        public int x() {
            if (x < 0) throw new IllegalStateException("negative accessor " + x);
            return x;
        }
    }

    static int eval(Expr e) {
        return switch (e) {
            case Num n -> n.v();
            case Add(Expr l, Expr r) -> eval(l) + eval(r);
            case Mul(Num(var a), Num(var b)) when a == 0 || b == 0 -> 0;
            case Mul(Expr l, Expr r) -> eval(l) * eval(r);
            case Neg(Neg(Expr inner)) -> eval(inner);
            case Neg(Expr inner) -> -eval(inner);
        };
    }

    static String show(Expr e) {
        return switch (e) {
            case Num(int v) when v < 0 -> "(" + v + ")";
            case Num(int v) -> Integer.toString(v);
            case Add a -> "(" + show(a.l()) + " + " + show(a.r()) + ")";
            case Mul m -> show(m.l()) + "*" + show(m.r());
            case Neg n -> "-" + show(n.e());
        };
    }

    static String probe(Object o) {
        return switch (o) {
            case Fragile(int x) when x > 10 -> "big fragile";
            case Fragile(int x) -> "fragile " + x;
            default -> "other";
        };
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Neg(new Num(-5))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(eval(new Mul(new Num(0), new Add(new Num(1), new Num(2)))));
        System.out.println(eval(new Mul(new Num(0), new Num(99))));
        System.out.println(probe(new Fragile(20)) + ", " + probe(new Fragile(3)) + ", " + probe("s"));
        try {
            System.out.println(probe(new Fragile(-1)));
        } catch (MatchException me) {
            System.out.println("MatchException cause: " + me.getCause());
        }
        try {
            Expr nul = null;
            eval(nul);
        } catch (NullPointerException npe) {
            System.out.println("NPE for null selector");
        }
        try {
            eval(new Add(new Num(1), null));
        } catch (NullPointerException npe) {
            System.out.println("NPE for null nested component");
        }
        Object obj = new Fragile(-7);
        if (obj instanceof Fragile f) System.out.println("plain instanceof fine: " + f.equals(new Fragile(-7)));
        try {
            if (obj instanceof Fragile(int x)) System.out.println(x);
        } catch (MatchException me) {
            System.out.println("instanceof record pattern: " + me.getCause().getMessage());
        }
    }
}

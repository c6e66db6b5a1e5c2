package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class LambdaCaptures {
    int field = 10;
    static int staticField = 100;

    IntSupplier captureThis() { return () -> field * 2; }

    Supplier<String> captureThisAndLocal(String suffix) {
        int local = field + 1;
        return () -> "f=" + field + " local=" + local + suffix;
    }

    static Function<Integer, Function<Integer, Integer>> curriedAdd() {
        return a -> b -> a + b;
    }

    public static void main(String[] args) {
        LambdaCaptures obj = new LambdaCaptures();
        IntSupplier s = obj.captureThis();
        System.out.println(s.getAsInt());
        obj.field = 21;
        System.out.println(s.getAsInt());
        System.out.println(obj.captureThisAndLocal("!").get());
        List<Runnable> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int copy = i;
            runs.add(() -> System.out.println("run " + copy + " static=" + staticField));
        }
        staticField = 200;
        for (Runnable r : runs) r.run();
        long big = Long.MAX_VALUE;
        double d = 2.5;
        char c = 'q';
        boolean flag = true;
        byte b = -3;
        Supplier<String> prims = () -> big + " " + d + " " + c + " " + flag + " " + b;
        System.out.println(prims.get());
        System.out.println(curriedAdd().apply(3).apply(4));
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 5; i++) inc.run();
        System.out.println(counter[0]);
        BiFunction<String, Integer, String> rep = (str, n) -> str.repeat(n);
        System.out.println(rep.apply("ab", 3));
        UnaryOperator<String> up = String::toUpperCase;
        Function<String, String> chain = up.andThen(x -> x + "?").compose(x -> x.trim());
        System.out.println(chain.apply("  hi  "));
        Predicate<Integer> even = n -> n % 2 == 0;
        Predicate<Integer> pos = n -> n > 0;
        for (int n : new int[]{-2, -1, 0, 1, 2}) {
            System.out.println(n + " " + even.and(pos).test(n) + " " + even.or(pos).test(n) + " " + even.negate().test(n));
        }
        IntBinaryOperator maxOp = Math::max;
        System.out.println(maxOp.applyAsInt(3, 9));
        Function<Integer, Integer> fact = new Function<>() {
            public Integer apply(Integer n) { return n <= 1 ? 1 : n * this.apply(n - 1); }
        };
        System.out.println(fact.apply(10));
        String prefix = "p-";
        Function<Object, String> nested = o -> {
            Supplier<String> inner = () -> prefix + o + "-" + staticField;
            return inner.get();
        };
        System.out.println(nested.apply(7));
        ToLongFunction<String> len = String::length;
        ToDoubleBiFunction<Integer, Integer> div = (x, y) -> (double) x / y;
        System.out.println(len.applyAsLong("hello") + " " + div.applyAsDouble(1, 3));
        IntFunction<int[]> mk = int[]::new;
        System.out.println(mk.apply(4).length);
        Consumer<StringBuilder> c1 = sb -> sb.append("a");
        Consumer<StringBuilder> c2 = sb -> sb.append("b");
        StringBuilder sb = new StringBuilder();
        c1.andThen(c2).andThen(c1).accept(sb);
        System.out.println(sb);
        BooleanSupplier bs = () -> flag && big > 0;
        System.out.println(bs.getAsBoolean());
        System.out.println(Function.<Integer>identity().apply(5) + " " + UnaryOperator.identity().apply("id"));
    }
}

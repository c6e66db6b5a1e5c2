package corpus;

import java.util.*;

public class Clone {
    static class Sheep implements Cloneable {
        String name;
        int[] tags;
        List<String> friends = new ArrayList<>();

        Sheep(String name, int... tags) {
            this.name = name;
            this.tags = tags;
        }

        @Override public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Sheep deepClone() {
            Sheep s = clone();
            s.tags = tags.clone();
            s.friends = new ArrayList<>(friends);
            return s;
        }
    }

    static class NotCloneable {
        int v = 3;

        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Base implements Cloneable {
        int x = 1;
        @Override protected Object clone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Derived extends Base {
        long y = 2;
        String z = "z";
    }

    public static void main(String[] args) throws Exception {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a == b) + " " + (a.getClass() == b.getClass()));
        String[] sa = {"x", "y"};
        String[] sb = sa.clone();
        System.out.println((sa[0] == sb[0]) + " " + Arrays.equals(sa, sb));
        double[] empty = new double[0];
        System.out.println(empty.clone().length + " " + (empty.clone() != empty));
        char[][] grid = {{'a', 'b'}, {'c'}};
        char[][] g2 = grid.clone();
        g2[1] = new char[]{'z'};
        g2[0][0] = 'Q';
        System.out.println(new String(grid[0]) + new String(grid[1]) + " " + new String(g2[0]) + new String(g2[1]));
        Sheep dolly = new Sheep("dolly", 7, 8);
        dolly.friends.add("molly");
        Sheep shallow = dolly.clone();
        Sheep deep = dolly.deepClone();
        shallow.name = "shallow";
        shallow.tags[0] = 70;
        shallow.friends.add("polly");
        deep.tags[1] = 80;
        deep.friends.add("deep friend");
        System.out.println(dolly.name + " " + Arrays.toString(dolly.tags) + " " + dolly.friends);
        System.out.println(shallow.name + " " + Arrays.toString(shallow.tags) + " " + shallow.friends);
        System.out.println(deep.name + " " + Arrays.toString(deep.tags) + " " + deep.friends);
        System.out.println((shallow.getClass() == Sheep.class) + " " + (shallow != dolly));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CNSE: " + e.getMessage());
        }
        Derived d = new Derived();
        d.x = 10;
        d.y = 20;
        Derived dc = (Derived) d.clone();
        System.out.println(dc.x + " " + dc.y + " " + dc.z + " " + dc.getClass().getSimpleName());
        ArrayList<Integer> al = new ArrayList<>(List.of(1, 2));
        @SuppressWarnings("unchecked")
        ArrayList<Integer> alc = (ArrayList<Integer>) al.clone();
        alc.add(3);
        System.out.println(al + " " + alc);
        long[] la = {Long.MIN_VALUE, 0};
        long[] lc = la.clone();
        System.out.println(lc[0] + " " + lc.length);
        Object[] objs = new Integer[]{1, 2};
        Object[] oc = objs.clone();
        System.out.println(oc.getClass().getSimpleName());
    }
}

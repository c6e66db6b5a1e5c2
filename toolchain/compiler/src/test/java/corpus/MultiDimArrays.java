package corpus;

import java.util.Arrays;

public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                grid[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(grid));
        int[][][] cube = new int[2][3][2];
        int n = 0;
        for (int[][] plane : cube)
            for (int[] row : plane)
                for (int k = 0; k < row.length; k++)
                    row[k] = n++;
        System.out.println(Arrays.deepToString(cube));
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            Arrays.fill(jag[i], i);
        }
        System.out.println(Arrays.deepToString(jag));
        System.out.println(jag[2].length + " " + jag.length);
        String[][] s = {{"a", "b"}, {}, {"c", null}};
        System.out.println(Arrays.deepToString(s));
        System.out.println(s[1].length + " " + s[2][1]);
        double[][] d = new double[2][];
        System.out.println(d[0] == null);
        long[][][] partial = new long[2][2][];
        System.out.println(partial[1][1] == null);
        char[][] cc = {{'x', 'y'}, {'z'}};
        System.out.println(cc[0][1] + "" + cc[1][0]);
        Object[] objs = new int[2][2];
        System.out.println(objs.length + " " + (objs[0] instanceof int[]));
        System.out.println(grid.getClass().getName() + " " + cube.getClass().getSimpleName() + " " + s.getClass().getName());
        System.out.println(new boolean[1][1][1][1][0][0].length);
        int[][] copy = grid.clone();
        copy[0][0] = 99;
        System.out.println(grid[0][0] + " " + (copy[0] == grid[0]));
        int[][] deep = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) deep[i] = grid[i].clone();
        deep[1][1] = -1;
        System.out.println(grid[1][1] + " " + deep[1][1]);
        System.out.println(Arrays.deepEquals(grid, copy) + " " + Arrays.deepEquals(grid, deep) + " " + Arrays.equals(grid, copy));
        int sum = 0;
        for (int[] row : grid) for (int v : row) sum += v;
        System.out.println(sum);
        int[][] transposed = new int[4][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) transposed[j][i] = grid[i][j];
        System.out.println(Arrays.deepToString(transposed));
        byte[][] bytes = new byte[2][3];
        bytes[1][2] = (byte) 200;
        System.out.println(Arrays.toString(bytes[1]));
        try {
            System.out.println(jag[3][4]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(d[1][0]);
        } catch (NullPointerException e) {
            System.out.println("NPE on null row");
        }
    }
}

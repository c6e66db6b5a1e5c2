package corpus;

public class NegativeZero {
    static double nz = -0.0;
    static double pz = 0.0;

    public static void main(String[] args) {
        System.out.println(nz);
        System.out.println(pz);
        System.out.println(nz == pz);
        System.out.println(Double.compare(nz, pz));
        System.out.println(Double.valueOf(nz).equals(pz));
        System.out.println(1.0 / nz);
        System.out.println(1.0 / pz);
        System.out.println(nz + pz);
        System.out.println(nz - pz);
        System.out.println(pz - pz);
        System.out.println(nz * -1);
        System.out.println(-pz);
        System.out.println(0 - pz);
        System.out.println(Math.abs(nz));
        System.out.println(Math.sqrt(nz));
        System.out.println(Math.ceil(-0.5));
        System.out.println(Math.round(-0.4));
        System.out.println(Math.signum(nz));
        System.out.println(Math.copySign(3.0, nz));
        float fnz = -0.0f;
        System.out.println(fnz);
        System.out.println(1 / fnz);
        System.out.println(Float.compare(fnz, 0.0f));
        System.out.println((int) nz + " " + (long) fnz);
        System.out.println(Long.toHexString(Double.doubleToLongBits(nz)));
        System.out.println(Integer.toHexString(Float.floatToRawIntBits(fnz)));
        System.out.println(Double.hashCode(nz) + " " + Double.hashCode(pz));
        System.out.println(String.valueOf(nz) + "|" + nz + "|" + (float) nz);
        StringBuilder sb = new StringBuilder();
        sb.append(nz).append(' ').append(fnz);
        System.out.println(sb);
        System.out.println(Math.min(pz, nz) + " " + Math.max(nz, pz));
        System.out.println(nz < pz);
        System.out.println(-0.0 % 5.0);
        System.out.println(5.0 % -0.0);
        System.out.println(Double.parseDouble("-0") + " " + Double.parseDouble("-0.0e10"));
        double acc = nz;
        acc *= 1e-300;
        System.out.println(acc);
        System.out.println(-1e-320 * 1e-10);
        System.out.println(Math.floor(-0.0) + " " + Math.rint(-0.3));
    }
}

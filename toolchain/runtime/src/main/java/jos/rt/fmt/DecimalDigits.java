package jos.rt.fmt;

import jos.rt.fp.ToDecimal;

/**
 * The decimal digits Formatter works from for %e, %f and %g: the shortest decimal of the double (the digits
 * of Double.toString), rounded half-up to the requested number of digits, as JDK 21+ does. So 1.005 with
 * %.2f is 1.01 and 0.15 with %.1f is 0.2, unlike C's printf which rounds the exact binary value.
 */
final class DecimalDigits {
    private char[] d;
    private int n;
    /** value = 0.d[0] d[1] ... d[n-1] * 10^point */
    int point;

    /** v >= 0 and finite. */
    static DecimalDigits of(double v) {
        DecimalDigits dd = new DecimalDigits();
        ToDecimal td = new ToDecimal().ofDouble(v);
        int len = td.length();
        dd.d = new char[len];
        long f = td.f;
        for (int i = len - 1; i >= 0; i--) {
            dd.d[i] = (char) ('0' + (int) (f % 10));
            f /= 10;
        }
        dd.n = len;
        dd.point = td.f == 0 ? 1 : len + td.e;
        return dd;
    }

    /** Keeps the first keep digits, rounding half-up; nothing to do when keep < 0 or keep >= n. */
    void round(int keep) {
        if (keep < 0 || keep >= n) return;
        if (keep == 0) {
            if (d[0] >= '5') {
                d[0] = '1';
                point++;
            } else {
                d[0] = '0';
            }
            n = 1;
            return;
        }
        boolean up = d[keep] >= '5';
        n = keep;
        if (!up) return;
        int i = keep - 1;
        while (i >= 0 && d[i] == '9') {
            d[i] = '0';
            i--;
        }
        if (i >= 0) {
            d[i]++;
        } else {
            d[0] = '1';
            n = 1;
            point++;
        }
    }

    /** Integer digits, then prec fractional digits (if any) after a '.'. */
    String plain(int prec) {
        StringBuilder sb = new StringBuilder(Math.max(point, 1) + prec + 1);
        if (point > 0) {
            for (int i = 0; i < point; i++) sb.append(i < n ? d[i] : '0');
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int j = 0; j < prec; j++) {
                int pos = point + j;
                sb.append(pos >= 0 && pos < n ? d[pos] : '0');
            }
        }
        return sb.toString();
    }

    /** d.ddd with prec fractional digits (no '.' when prec is 0); the exponent is point - 1. */
    String scientific(int prec) {
        StringBuilder sb = new StringBuilder(prec + 2);
        sb.append(d[0]);
        if (prec > 0) {
            sb.append('.');
            for (int j = 1; j <= prec; j++) sb.append(j < n ? d[j] : '0');
        }
        return sb.toString();
    }

    /** Pads with zeros (adding the '.' if missing) to prec fractional digits. */
    static void padFraction(StringBuilder sb, int prec) {
        int dot = sb.indexOf(".");
        int have = dot < 0 ? 0 : sb.length() - dot - 1;
        if (have >= prec) return;
        if (dot < 0) sb.append('.');
        for (int i = have; i < prec; i++) sb.append('0');
    }
}

package corpus;

public class Volatile {
    static volatile int counter;
    static volatile long bigCounter;
    static volatile double dv;
    static volatile boolean flag;
    static volatile String ref;
    volatile int instanceField;
    volatile long instanceLong = Long.MIN_VALUE;
    volatile float vf = 1.5f;
    volatile Object obj;

    public static void main(String[] args) {
        for (int i = 0; i < 1000; i++) counter++;
        System.out.println(counter);
        counter += 5;
        counter -= 1000;
        System.out.println(counter);
        bigCounter = Long.MAX_VALUE;
        bigCounter++;
        System.out.println(bigCounter);
        dv = 0.1;
        dv += 0.2;
        System.out.println(dv);
        flag = !flag;
        System.out.println(flag);
        ref = "volatile";
        ref += "!";
        System.out.println(ref);
        Volatile v = new Volatile();
        v.instanceField = 42;
        v.instanceField <<= 2;
        System.out.println(v.instanceField);
        System.out.println(v.instanceLong + " " + (v.instanceLong - 1));
        v.instanceLong ^= -1L;
        System.out.println(v.instanceLong);
        v.vf *= 3;
        System.out.println(v.vf);
        System.out.println(v.obj);
        v.obj = v.instanceField;
        System.out.println(v.obj);
        int a = v.instanceField++;
        int b = ++v.instanceField;
        System.out.println(a + " " + b + " " + v.instanceField);
        long x = bigCounter--;
        System.out.println(x + " " + bigCounter);
        boolean done = false;
        int spins = 0;
        flag = false;
        while (!done) {
            spins++;
            if (spins == 10) flag = true;
            done = flag;
        }
        System.out.println("spins " + spins);
    }
}

package jos.kernel.timer;

import jos.hw.Cpu;
import jos.kernel.console.Log;
import jos.kernel.time.Clock;

/**
 * The CMOS real-time clock (MC146818-compatible), read once at boot to set the wall clock
 * ({@link Clock#setRealtime}). Registers are selected through port 0x70 (bit 7, which would mask NMIs,
 * kept clear: panics stop CPUs by NMI) and read through port 0x71: seconds 0x00, minutes 0x02, hours
 * 0x04, day of month 0x07, month 0x08, year in century 0x09, century 0x32 (where QEMU and most PCs keep
 * it; a value outside 19..99 is taken as 20). Status A bit 7 says an update is in progress: the reader
 * waits for it to clear, then reads until two passes agree. Status B bit 2 says binary (else BCD), bit 1
 * says 24-hour (else 12-hour with bit 7 of the hour meaning PM). The clock is taken as UTC. Values that
 * do not make a date (a bad BCD digit, a 13th month, a year before 1970) give a log line naming them and
 * no wall clock (realtime then counts from 0), never a garbage time.
 */
public final class Rtc {
    static final int INDEX = 0x70, DATA = 0x71;
    static final int SECONDS = 0x00, MINUTES = 0x02, HOURS = 0x04, DAY = 0x07, MONTH = 0x08, YEAR = 0x09, STATUS_A = 0x0a,
            STATUS_B = 0x0b, CENTURY = 0x32;
    static final int UPDATE_IN_PROGRESS = 0x80, BINARY = 0x04, HOURS_24 = 0x02, PM = 0x80;
    /** Reads of status A (an update takes under 2 ms) and of whole passes before the reader gives up. */
    static final int MAX_WAITS = 1_000_000, MAX_PASSES = 8;
    static final long SECONDS_PER_DAY = 86_400;
    /** What {@link #epochSeconds} returns for values that make no date. */
    public static final long INVALID = -1;

    private Rtc() {
    }

    /** Reads the RTC and sets the wall clock from it; false (after a log line) if it gave no date. */
    public static boolean setWallClock() {
        long seconds = INVALID, previous = INVALID - 1;
        for (int pass = 0; pass < MAX_PASSES && seconds != previous; pass++) {
            previous = seconds;
            for (int wait = 0; wait < MAX_WAITS && (read(STATUS_A) & UPDATE_IN_PROGRESS) != 0; wait++) Cpu.pause();
            seconds = epochSeconds(read(SECONDS), read(MINUTES), read(HOURS), read(DAY), read(MONTH), read(YEAR), read(CENTURY),
                    read(STATUS_B));
        }
        if (seconds == INVALID || seconds != previous) {
            Log.begin(Log.WARN);
            Log.print("rtc: the CMOS clock gave no valid date (seconds ");
            Log.hex(read(SECONDS), 2);
            Log.print(", day ");
            Log.hex(read(DAY), 2);
            Log.print(", month ");
            Log.hex(read(MONTH), 2);
            Log.print(", year ");
            Log.hex(read(YEAR), 2);
            Log.print(", status B ");
            Log.hex(read(STATUS_B), 2);
            Log.print("): realtime counts from 0");
            Log.end();
            return false;
        }
        Clock.setRealtime(seconds * Clock.NANOS_PER_SECOND);
        Log.begin(Log.INFO);
        Log.print("rtc: wall clock ");
        Log.dec(seconds);
        Log.print(" s since 1970 (UTC)");
        Log.end();
        return true;
    }

    private static int read(int register) {
        Cpu.out8(INDEX, (byte) register);
        return Cpu.in8(DATA) & 0xff;
    }

    /**
     * Seconds since 1970-01-01 00:00 UTC for the registers' raw values as statusB encodes them, or
     * {@link #INVALID} if they make no date.
     */
    public static long epochSeconds(int second, int minute, int hour, int day, int month, int year, int century, int statusB) {
        boolean binary = (statusB & BINARY) != 0, pm = (statusB & HOURS_24) == 0 && (hour & PM) != 0;
        if ((statusB & HOURS_24) == 0) hour &= ~PM;
        second = value(second, binary);
        minute = value(minute, binary);
        hour = value(hour, binary);
        day = value(day, binary);
        month = value(month, binary);
        year = value(year, binary);
        century = value(century, binary);
        if (second < 0 || minute < 0 || hour < 0 || day < 0 || month < 0 || year < 0) return INVALID;
        if ((statusB & HOURS_24) == 0) {
            if (hour < 1 || hour > 12) return INVALID;
            hour = hour % 12 + (pm ? 12 : 0);   // 12 AM is 0, 12 PM is 12
        }
        if (century < 19 || century > 99) century = 20;
        int fullYear = century * 100 + year;
        if (second > 59 || minute > 59 || hour > 23 || year > 99 || month < 1 || month > 12 || day < 1 || day > daysIn(month, fullYear)
                || fullYear < 1970) {
            return INVALID;
        }
        long days = day - 1;
        for (int y = 1970; y < fullYear; y++) days += leap(y) ? 366 : 365;
        for (int m = 1; m < month; m++) days += daysIn(m, fullYear);
        return days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    }

    /** The register value raw as a number: itself if binary, else decoded BCD; -1 for a bad BCD digit. */
    static int value(int raw, boolean binary) {
        if (binary) return raw;
        int high = raw >>> 4, low = raw & 0xf;
        return high > 9 || low > 9 ? -1 : high * 10 + low;
    }

    static boolean leap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysIn(int month, int year) {
        if (month == 2) return leap(year) ? 29 : 28;
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}

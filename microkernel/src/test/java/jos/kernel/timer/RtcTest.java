package jos.kernel.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The RTC's registers to seconds since 1970, against java.time: BCD and binary, 24 and 12 hours (12 AM
 * and 12 PM), leap days, the century register; and values that make no date give INVALID.
 */
class RtcTest {
    static final int BCD_24 = Rtc.HOURS_24, BINARY_24 = Rtc.HOURS_24 | Rtc.BINARY, BCD_12 = 0, BINARY_12 = Rtc.BINARY;

    static long expected(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
    }

    static int bcd(int v) {
        return v / 10 << 4 | v % 10;
    }

    @Test
    void bcdAnd24Hours() {
        assertEquals(expected(2026, 12, 7, 17, 49, 34),
                Rtc.epochSeconds(0x34, 0x49, 0x17, 0x07, 0x12, 0x26, 0x20, BCD_24));
    }

    @Test
    void binaryAndLeapDays() {
        assertEquals(expected(2024, 2, 29, 23, 59, 59), Rtc.epochSeconds(59, 59, 23, 29, 2, 24, 20, BINARY_24));
        assertEquals(expected(2000, 3, 1, 0, 0, 0), Rtc.epochSeconds(0, 0, 0, 1, 3, 0, 20, BINARY_24), "2000 is a leap year");
        assertEquals(0, Rtc.epochSeconds(0, 0, 0, 1, 1, 70, 19, BINARY_24), "the epoch");
    }

    @Test
    void twelveHourClockWithThePmBit() {
        assertEquals(expected(2025, 6, 1, 0, 5, 0), Rtc.epochSeconds(0, bcd(5), 0x12, 1, 6, 0x25, 0x20, BCD_12), "12 AM is hour 0");
        assertEquals(expected(2025, 6, 1, 12, 5, 0), Rtc.epochSeconds(0, bcd(5), 0x80 | 0x12, 1, 6, 0x25, 0x20, BCD_12), "12 PM");
        assertEquals(expected(2025, 6, 1, 19, 5, 0), Rtc.epochSeconds(0, 5, 0x80 | 7, 1, 6, 25, 20, BINARY_12), "7 PM");
    }

    @Test
    void aMissingCenturyIsTakenAsTwenty() {
        assertEquals(expected(2030, 1, 1, 0, 0, 0), Rtc.epochSeconds(0, 0, 0, 1, 1, 30, 0, BINARY_24));
        assertEquals(expected(2030, 1, 1, 0, 0, 0), Rtc.epochSeconds(0, 0, 0, 1, 1, 0x30, 0xff, BCD_24), "0xff: no century register");
    }

    @Test
    void valuesThatMakeNoDateAreInvalid() {
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0x3a, 0, 0, 1, 1, 0x26, 0x20, BCD_24), "a bad BCD digit");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 0, 1, 13, 26, 20, BINARY_24), "month 13");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 0, 29, 2, 25, 20, BINARY_24), "no 29 February in 2025");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 24, 1, 1, 26, 20, BINARY_24), "hour 24");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 0, 1, 1, 26, 20, BINARY_12), "hour 0 on a 12-hour clock");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 60, 0, 1, 1, 26, 20, BINARY_24), "minute 60");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 0, 0, 1, 26, 20, BINARY_24), "day 0");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0, 0, 0, 1, 1, 69, 19, BINARY_24), "before 1970");
        assertEquals(Rtc.INVALID, Rtc.epochSeconds(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, BCD_24), "a floating bus");
    }
}

package org.evidencepress.cli;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reviews are in the future does not depend on the machine's time zone. */
class TodayTest {

    /** UTC+14 is a day ahead of UTC from 10:00 UTC on, UTC-11 a day behind before 11:00: one of them differs at any hour. */
    @Test
    void todayIsTheDayInUtcWhereverTheMachineIs() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate utc = LocalDate.now(ZoneOffset.UTC);
                LocalDate today = SiteOptions.today();
                // The day may turn between the two readings; then both are read again.
                assertThat(today).as(zone).isIn(utc, LocalDate.now(ZoneOffset.UTC));
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}

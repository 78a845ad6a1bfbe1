package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link DateReaders#epochDay} (the column reader's dates) against {@link DateReaders#date}: every
 * day from 1899-12-25 to 2101-01-07 and every impossible day of month gives the same epoch day, or
 * the same failure, whichever of the two reads the date first.
 */
class EpochDayTest {

  private static final DocumentParser PARSER = new DocumentParser(DocumentLimits.standard());

  @Test
  void epochDay_everyDayOfTheRange_agreesWithDate() {
    for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2101, 1, 8)); d = d.plusDays(1)) {
      String text = d.toString();
      // Alternate which reader fills the caches first.
      Object first = d.getDayOfMonth() % 2 == 0 ? outcome(text, DateReaders::epochDay) : null;
      Object date = outcome(text, in -> DateReaders.date(in).toEpochDay());
      Object day = first != null ? first : outcome(text, DateReaders::epochDay);
      assertThat(day).as(text).isEqualTo(date);
      boolean inRange = d.getYear() >= 1900 && d.getYear() <= 2100;
      assertThat(date).as(text).isEqualTo(inRange ? (Object) d.toEpochDay()
          : "/0: must be between 1900-01-01 and 2100-12-31; found a date out of range");
    }
  }

  @Test
  void epochDay_impossibleDays_failAsDate() {
    for (String text : new String[] {"2025-02-29", "2024-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
        "2025-01-00", "2025-01-32", "1899-02-29", "2025-1-01", "20250101"}) {
      for (int i = 0; i < 2; i++) { // twice: a failure fills no cache
        Object date = outcome(text, in -> DateReaders.date(in).toEpochDay());
        assertThat(outcome(text, DateReaders::epochDay)).as(text).isEqualTo(date).isInstanceOf(String.class);
      }
    }
  }

  /** The epoch day read from {@code ["text"]}, or the failure's message. */
  private static Object outcome(String text, Function<JsonInput, Long> read) {
    byte[] doc = ("[\"" + text + "\"]").getBytes(StandardCharsets.UTF_8);
    try (JsonInput in = PARSER.open(doc)) {
      in.startArray();
      return read.apply(in);
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }
}

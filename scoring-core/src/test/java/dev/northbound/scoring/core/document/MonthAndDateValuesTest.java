package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.edit;
import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of months and dates: a month or day that does not exist is reported before a year out
 * of the range 1900 to 2100, and both ends of the range are read.
 */
class MonthAndDateValuesTest {

  private static final String MONTH = "{\"month\":\"2026-08\"";
  private static final String MONTH_POINTER = "/bureauReport/accounts/0/history/0/month";
  private static final String DATE = "\"openedOn\":\"2024-01-10\"";
  private static final String DATE_POINTER = "/bureauReport/accounts/0/openedOn";

  @ParameterizedTest
  @CsvSource({
      "2026-13, must be a month in yyyy-MM form, a month that does not exist",
      "2026-00, must be a month in yyyy-MM form, a month that does not exist",
      "1899-13, must be a month in yyyy-MM form, a month that does not exist",
      "9999-00, must be a month in yyyy-MM form, a month that does not exist",
      "1899-12, must be between 1900-01 and 2100-12, a month out of range",
      "2101-01, must be between 1900-01 and 2100-12, a month out of range",
      "0000-01, must be between 1900-01 and 2100-12, a month out of range",
      "2026-8, must be a month in yyyy-MM form, a string of another form"})
  void read_monthAtTheEdges_reportsWhatIsWrong(String month, String rule, String found) {
    assertRejected(edit(MONTH, "{\"month\":\"" + month + "\""), MONTH_POINTER + ": " + rule + "; found " + found);
  }

  @ParameterizedTest
  @CsvSource({
      "2100-02-29, must be a date in yyyy-MM-dd form, a date that does not exist", // 2100 is not a leap year
      "1899-02-29, must be a date in yyyy-MM-dd form, a date that does not exist", // nor 1899
      "2024-13-01, must be a date in yyyy-MM-dd form, a date that does not exist",
      "1899-12-31, must be between 1900-01-01 and 2100-12-31, a date out of range",
      "2101-01-01, must be between 1900-01-01 and 2100-12-31, a date out of range"})
  void read_dateAtTheEdges_reportsWhatIsWrong(String date, String rule, String found) {
    assertRejected(edit(DATE, "\"openedOn\":\"" + date + "\""), DATE_POINTER + ": " + rule + "; found " + found);
  }

  private static void assertRejected(String doc, String message) {
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  /** The first months and days of the range are read, and a leap day of a leap year. */
  @ParameterizedTest
  @CsvSource({"1900-01, 1900-01-01", "1900-02, 1900-01-31", "2000-02, 2000-02-29"})
  void read_earliestMonthsAndDates_areRead(String month, String openedOn) {
    String doc = edit(edit(MONTH, "{\"month\":\"" + month + "\""), DATE, "\"openedOn\":\"" + openedOn + "\"");
    var account = CreditFileReader.standard().readUnverified(utf8(doc)).bureauReport().orElseThrow().accounts().get(0);
    assertThat(account.openedOn()).isEqualTo(LocalDate.parse(openedOn));
    assertThat(account.history().months().get(0).month()).isEqualTo(YearMonth.parse(month));
  }
}

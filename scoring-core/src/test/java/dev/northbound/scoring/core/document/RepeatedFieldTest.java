package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.VALID;
import static dev.northbound.scoring.core.document.Samples.edit;
import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A repeated field is reported at the repeated name, whatever follows it: the parser reads a name
 * and the start of its value in one step, and the reader must not let a fault in that value (or the
 * end of the input) hide the repetition, nor let a fault in a name pass for a repetition.
 */
class RepeatedFieldTest {

  private static final String TERM = "\"termMonths\":12,";

  @ParameterizedTest
  @ValueSource(strings = {"12", "tru", "]", "}", "NaN", "-", "01", "1e5", "\"unterminated", ":", "{\"a\":1,\"a\":2}"})
  void read_repeatedFieldBeforeAnyValue_reportsTheRepetition(String value) {
    String doc = edit(TERM, TERM + "\"termMonths\":" + value + ",");
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application/termMonths: must not repeat a field; found a repeated field");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"termMonths\"", "\"termMonths\":", "\"termMonths\" 12"})
  void read_inputEndsOrBreaksAfterARepeatedName_reportsTheRepetition(String tail) {
    String doc = VALID.substring(0, VALID.indexOf(TERM) + TERM.length()) + tail;
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application/termMonths: must not repeat a field; found a repeated field");
  }

  /** A fault inside the next name comes first: the name was never read, so it cannot be a repetition. */
  @ParameterizedTest
  @ValueSource(strings = {"\"termMonths", "termMonths\":12"})
  void read_faultInTheNameAfterAField_isNotARepetition(String tail) {
    String doc = VALID.substring(0, VALID.indexOf(TERM) + TERM.length()) + tail;
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .message().doesNotContain("repeat");
  }

  /**
   * Past the small table of 16 names a repetition is still found; the same name in sibling objects
   * ({@code "a"} in every value) is not one.
   */
  @ParameterizedTest
  @ValueSource(ints = {17, 40})
  void peekDocumentId_manyFieldsInASkippedObject_repetitionFoundPastTheSmallTable(int fields) {
    StringBuilder obj = new StringBuilder("{");
    for (int i = 0; i < fields; i++) {
      obj.append("\"f").append(i).append("\":{\"a\":1},");
    }
    obj.append("\"f").append(fields - 1).append("\":0}");
    String doc = "{\"format\":\"northbound.credit-file\",\"version\":1,\"application\":" + obj
        + ",\"documentId\":\"doc-1\"}";
    assertThatThrownBy(() -> CreditFileReader.standard().peekDocumentId(utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application/f" + (fields - 1) + ": must not repeat a field; found a repeated field");
  }
}

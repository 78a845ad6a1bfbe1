package dev.northbound.scoring.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every date option ({@code --as-of} and any other {@link LocalDate}) as an ISO date,
 * {@code yyyy-MM-dd}. A value of another form is a usage error (exit code 2) whose message picocli
 * prefixes with the option's name: {@code Invalid value for option '--as-of': must be a date in the
 * form yyyy-MM-dd, e.g. 2026-11-20; found a value of another form}. Neither the value nor the
 * parser's exception is repeated.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "must be a date in the form yyyy-MM-dd, e.g. 2026-11-20; found a value of another form");
    }
  }
}

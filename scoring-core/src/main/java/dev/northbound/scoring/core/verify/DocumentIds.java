package dev.northbound.scoring.core.verify;

import java.util.regex.Pattern;

/**
 * The syntax of a document id, shared by the document format and the hash registry: 1 to 128
 * characters from {@code A-Z a-z 0-9 . _ : -}. Ids are issuer references, never personal data.
 */
public final class DocumentIds {

  /** The longest id. */
  public static final int MAX_LENGTH = 128;

  /** The id syntax as a regular expression. */
  public static final String PATTERN = "[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private DocumentIds() {}

  /** Whether {@code id} is a well-formed document id. */
  public static boolean isValid(String id) {
    return COMPILED.matcher(id).matches();
  }

  /**
   * Returns {@code id} if it is well-formed.
   *
   * @throws IllegalArgumentException if it is not (the message describes, never echoes, the id)
   */
  public static String require(String id) {
    if (!isValid(id)) {
      throw new IllegalArgumentException("document id must match " + PATTERN + ", found a string of "
          + id.length() + " characters that does not");
    }
    return id;
  }
}

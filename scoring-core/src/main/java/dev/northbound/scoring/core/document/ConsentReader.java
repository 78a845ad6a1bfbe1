package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ScalarReaders.require;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the consents of format version 2: at most {@value #MAX_CONSENTS}, with distinct ids. */
final class ConsentReader {

  /** The most consents a file carries. */
  static final int MAX_CONSENTS = 50;

  private ConsentReader() {}

  static List<Consent> read(JsonInput in) {
    Set<String> ids = new HashSet<>();
    return ScalarReaders.list(in, MAX_CONSENTS, "consents", element -> consent(element, ids));
  }

  private static Consent consent(JsonInput in, Set<String> ids) {
    int at = in.startObject();
    String id = null;
    String subjectRef = null;
    String bank = null;
    ConsentPurpose purpose = null;
    Set<ProductType> products = null;
    Set<DataSource> sources = null;
    LocalDate grantedOn = null;
    LocalDate expiresOn = null;
    LocalDate withdrawnOn = null;
    Boolean crossBorder = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "consentId" -> {
          id = DocumentParser.documentId(in);
          if (!ids.add(id)) {
            throw in.fail("must differ from every other consent's id", "a repeated id");
          }
        }
        case "subjectRef" -> subjectRef = ScalarReaders.text(in);
        case "bank" -> bank = ScalarReaders.text(in);
        case "purpose" -> purpose = ScalarReaders.enumValue(in, ConsentPurpose.class);
        case "products" -> products = set(in, ProductType.class, "products", "product");
        case "sources" -> sources = set(in, DataSource.class, "sources", "source");
        case "grantedOn" -> grantedOn = DateReaders.date(in);
        case "expiresOn" -> expiresOn = DateReaders.date(in);
        case "withdrawnOn" -> withdrawnOn = DateReaders.date(in);
        case "crossBorder" -> crossBorder = ScalarReaders.bool(in);
        default -> throw in.unknownField(at);
      }
    }
    require(id, in, at, "consentId");
    require(subjectRef, in, at, "subjectRef");
    require(bank, in, at, "bank");
    require(purpose, in, at, "purpose");
    require(products, in, at, "products");
    require(sources, in, at, "sources");
    require(grantedOn, in, at, "grantedOn");
    require(expiresOn, in, at, "expiresOn");
    require(crossBorder, in, at, "crossBorder");
    ScalarReaders.notBefore(expiresOn, grantedOn, in, at, "expiresOn", "grantedOn");
    ScalarReaders.notBefore(withdrawnOn, grantedOn, in, at, "withdrawnOn", "grantedOn");
    return new Consent(id, subjectRef, bank, purpose, products, sources, grantedOn, expiresOn,
        Optional.ofNullable(withdrawnOn), crossBorder);
  }

  /** A non-empty array of distinct names of {@code type}. */
  private static <E extends Enum<E>> Set<E> set(JsonInput in, Class<E> type, String noun, String one) {
    int at = in.startArray();
    int max = type.getEnumConstants().length;
    Set<E> set = EnumSet.noneOf(type);
    while (in.nextElement(at, set.size(), max, noun)) {
      if (!set.add(ScalarReaders.enumValue(in, type))) {
        throw in.fail("must not repeat a " + one, "a repeated " + one);
      }
    }
    if (set.isEmpty()) {
      throw new InvalidInputException(in.pointerAt(at), "must not be empty", "an empty array");
    }
    return set;
  }
}

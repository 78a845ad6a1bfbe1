package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonToken;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.internal.Amounts;
import java.util.Arrays;
import java.util.Currency;
import java.util.Set;

/**
 * One group of columns of format version 2, such as {@code "bills": {"kind": [...], "amount": [...]}}:
 * an object whose fields are arrays of one value per entry, all of the same length, every column
 * required. Each column is checked while it streams (the entry limit first, then each value) into a
 * flat array of primitive values where it can be (months as month indexes, dates as epoch days,
 * amounts packed as {@link Amounts} packs them); the records are made from the arrays only when they
 * are asked for. Not thread-safe; one instance reads one group.
 */
final class Columns {

  /** What a column holds, and how each of its values is read and kept. */
  enum Kind {
    /** A {@link BillKind}, kept as its ordinal. */
    BILL_KIND,
    /** A string that is not blank. */
    TEXT,
    /** A month, kept as its index ({@code year * 12 + month - 1}). */
    MONTH,
    /** A date, kept as its epoch day. */
    DATE,
    /** A date or null, kept as its epoch day or {@link AlternativeData#UNPAID}. */
    DATE_OR_NULL,
    /** An amount that may be zero, packed. */
    AMOUNT,
    /** A positive amount, packed. */
    POSITIVE_AMOUNT,
    /** An ISO 4217 currency code. */
    CURRENCY,
    /** A set of insurance schemes, not empty. */
    SCHEMES;

    boolean isObject() {
      return this == TEXT || this == CURRENCY || this == SCHEMES;
    }
  }

  private final JsonInput in;
  private final String[] names;
  private final Kind[] kinds;
  private final long[][] longs;
  private final Object[][] objects;
  private int length = -1;
  private String first;

  /** A group of the columns {@code names}, in canonical order, each holding values of {@code kinds}. */
  Columns(JsonInput in, String[] names, Kind... kinds) {
    this.in = in;
    this.names = names;
    this.kinds = kinds;
    this.longs = new long[names.length][];
    this.objects = new Object[names.length][];
  }

  /**
   * Reads the group.
   *
   * @param max the most entries
   * @param noun what the entries are, for the message
   * @return the number of entries
   */
  int read(int max, String noun) {
    int mark = in.startObject();
    while (in.nextField()) {
      String name = in.fieldName();
      int c = indexOf(name);
      if (c < 0) {
        throw in.unknownField(mark);
      }
      int at = in.startArray();
      Kind kind = kinds[c];
      int capacity = Math.max(length, 16);
      long[] ls = kind.isObject() ? null : new long[capacity];
      // Objects are collected in an Object[] (one array type at this store, which the JIT need not
      // check against each kind's) and copied into the kind's array type at the end.
      Object[] os = kind.isObject() ? new Object[capacity] : null;
      int n = 0;
      while (in.nextElement(at, n, max, noun)) {
        if (n == capacity) {
          capacity *= 2;
          if (ls != null) {
            ls = Arrays.copyOf(ls, capacity);
          } else {
            os = Arrays.copyOf(os, capacity);
          }
        }
        if (ls != null) {
          ls[n] = readLong(kind);
        } else {
          os[n] = readObject(kind, n == 0 ? null : os[n - 1]);
        }
        n++;
      }
      if (length < 0) {
        length = n;
        first = name;
      } else if (n != length) {
        throw new InvalidInputException(in.pointerAt(at), "must have as many entries as " + first,
            n + " entries against " + length);
      }
      if (ls != null) {
        longs[c] = n == ls.length ? ls : Arrays.copyOf(ls, n);
      } else {
        objects[c] = Arrays.copyOf(os, n, arrayType(kind));
      }
    }
    for (int c = 0; c < names.length; c++) {
      ScalarReaders.require(longs[c] != null ? longs[c] : objects[c], in, mark, names[c]);
    }
    return length;
  }

  private long readLong(Kind kind) {
    return switch (kind) {
      case BILL_KIND -> ScalarReaders.enumValue(in, BillKind.class).ordinal();
      case MONTH -> monthIndex();
      case DATE -> DateReaders.epochDay(in);
      case DATE_OR_NULL -> {
        if (in.next() == JsonToken.VALUE_NULL) {
          yield AlternativeData.UNPAID;
        }
        in.pushBack();
        yield DateReaders.epochDay(in);
      }
      case AMOUNT -> ScalarReaders.packedAmount(in, Sign.NON_NEGATIVE);
      case POSITIVE_AMOUNT -> ScalarReaders.packedAmount(in, Sign.POSITIVE);
      default -> throw new AssertionError(kind);
    };
  }

  private int monthIndex() {
    var m = DateReaders.month(in);
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private Object readObject(Kind kind, Object previous) {
    return switch (kind) {
      case TEXT -> ScalarReaders.text(in, (String) previous);
      case CURRENCY -> ScalarReaders.currency(in);
      case SCHEMES -> AlternativeReader.schemes(in);
      default -> throw new AssertionError(kind);
    };
  }

  private static Class<? extends Object[]> arrayType(Kind kind) {
    return switch (kind) {
      case TEXT -> String[].class;
      case CURRENCY -> Currency[].class;
      default -> Set[].class;
    };
  }

  /** Column {@code c}'s values, kept as longs. */
  long[] longs(int c) {
    return longs[c];
  }

  /** Column {@code c}'s values as ints (months). */
  int[] ints(int c) {
    long[] v = longs[c];
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
    }
    return out;
  }

  /** Column {@code c}'s values as bytes (ordinals). */
  byte[] bytes(int c) {
    long[] v = longs[c];
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) v[i];
    }
    return out;
  }

  /** Column {@code c}'s amounts. */
  Amounts amounts(int c) {
    return new Amounts(longs[c]);
  }

  /** Column {@code c}'s values (strings, currencies or sets of schemes, by its kind). */
  @SuppressWarnings("unchecked")
  <T> T[] objects(int c) {
    return (T[]) objects[c];
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}

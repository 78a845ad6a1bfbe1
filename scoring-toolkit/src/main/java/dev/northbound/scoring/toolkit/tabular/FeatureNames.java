package dev.northbound.scoring.toolkit.tabular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Feature names for table columns: lower case; every run of characters other than {@code a-z} and
 * {@code 0-9} becomes one {@code _}; leading and trailing {@code _} dropped; {@code f_} put in front
 * of a name that is empty or starts with a digit; at most 64 characters; a name already taken gets
 * {@code _2}, {@code _3}, ... So {@code "Credit Amount (DM)"} becomes {@code credit_amount_dm}.
 */
final class FeatureNames {

  private static final int MAX = 64;

  private FeatureNames() {}

  static List<String> of(List<String> columns) {
    Set<String> taken = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String column : columns) {
      String base = clean(column);
      String name = base;
      for (int k = 2; !taken.add(name); k++) {
        String suffix = "_" + k;
        name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
      }
      out.add(name);
    }
    return out;
  }

  static String clean(String column) {
    String s = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      s = "f_" + s;
    }
    s = s.length() > MAX ? s.substring(0, MAX) : s;
    return s.endsWith("_") ? s.substring(0, s.length() - 1) : s;
  }
}

package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of one characteristic: its bins in display order with their counts and points.
 *
 * <p>For a characteristic of one feature the bins run intervals from low to high, then special
 * values and category sets in the scorecard's order, then the missing bin. For an interaction the
 * two axes are put in that order each, and the bins are its cells row by row: cell {@code (i, j)}
 * (first-axis bin {@code i}, second-axis bin {@code j}) is {@code bins().get(i * secondAxis().size()
 * + j)}.
 *
 * @param name the characteristic's name ({@code "feature"} or {@code "feature × partner"})
 * @param feature its feature
 * @param partner the partner feature of an interaction; empty otherwise
 * @param rows the rows counted (every row falls in exactly one bin)
 * @param bins the bins (cells for an interaction) in display order
 * @param firstAxis an interaction's first-axis labels in display order; empty otherwise
 * @param secondAxis an interaction's second-axis labels in display order; empty otherwise
 */
public record CharacteristicShape(String name, String feature, Optional<String> partner, long rows,
    List<BinShape> bins, List<String> firstAxis, List<String> secondAxis) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if there is no bin, the bins' rows do not add up to
   *     {@code rows}, or the axes do not match the bins
   */
  public CharacteristicShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(partner, "partner");
    bins = List.copyOf(bins);
    firstAxis = List.copyOf(firstAxis);
    secondAxis = List.copyOf(secondAxis);
    if (bins.isEmpty()) {
      throw new IllegalArgumentException(name + ": a shape needs at least one bin");
    }
    long sum = bins.stream().mapToLong(BinShape::rows).sum();
    if (sum != rows) {
      throw new IllegalArgumentException(name + ": the bins hold " + sum + " rows, not " + rows);
    }
    int cells = partner.isPresent() ? firstAxis.size() * secondAxis.size() : 0;
    if (partner.isPresent() ? cells != bins.size() : !firstAxis.isEmpty() || !secondAxis.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + (partner.isPresent()
          ? "an interaction's axes of " + firstAxis.size() + " and " + secondAxis.size()
              + " bins must give " + bins.size() + " cells"
          : "only an interaction has axes"));
    }
  }

  /**
   * The shape of {@code characteristic} from counts per bin, indexed as the characteristic's own
   * {@link Characteristic#bins()} (the index the scorecard reports for a row).
   *
   * @param characteristic the characteristic
   * @param rows the rows in each of its bins
   * @param bads the bad rows in each of its bins
   * @return the shape, in display order
   * @throws IllegalArgumentException if an array's length is not the number of bins, or a count is
   *     negative or has more bads than rows
   */
  public static CharacteristicShape of(Characteristic characteristic, long[] rows, long[] bads) {
    List<Bin> bins = characteristic.bins();
    if (rows.length != bins.size() || bads.length != bins.size()) {
      throw new IllegalArgumentException(characteristic.name() + " has " + bins.size()
          + " bins, found " + rows.length + " row counts and " + bads.length + " bad counts");
    }
    long total = 0;
    for (long r : rows) {
      total += r;
    }
    if (!characteristic.isInteraction()) {
      List<BinShape> shapes = new ArrayList<>();
      for (int b : ShapeOrder.of(bins)) {
        shapes.add(shape(bins.get(b), rows[b], bads[b]));
      }
      return new CharacteristicShape(characteristic.name(), characteristic.feature(), Optional.empty(),
          total, shapes, List.of(), List.of());
    }
    List<Bin> first = reorder(characteristic.firstAxis());
    List<Bin> second = reorder(characteristic.secondAxis());
    BinShape[] cells = new BinShape[first.size() * second.size()];
    for (int b = 0; b < bins.size(); b++) {
      CellBin cell = (CellBin) bins.get(b);
      cells[first.indexOf(cell.first()) * second.size() + second.indexOf(cell.second())] =
          shape(cell, rows[b], bads[b]);
    }
    return new CharacteristicShape(characteristic.name(), characteristic.feature(),
        characteristic.partner(), total, List.of(cells),
        first.stream().map(ShapeOrder::label).toList(), second.stream().map(ShapeOrder::label).toList());
  }

  /** Whether this is an interaction of two features. */
  public boolean isInteraction() {
    return partner.isPresent();
  }

  /** An interaction's cell in first-axis row {@code i} and second-axis column {@code j}. */
  public BinShape cell(int i, int j) {
    if (!isInteraction()) {
      throw new IllegalStateException("not an interaction: " + name);
    }
    return bins.get(i * secondAxis.size() + j);
  }

  /** The bad rows in all bins. */
  public long bads() {
    return bins.stream().mapToLong(BinShape::bads).sum();
  }

  private static List<Bin> reorder(List<Bin> axis) {
    List<Bin> out = new ArrayList<>();
    for (int b : ShapeOrder.of(axis)) {
      out.add(axis.get(b));
    }
    return out;
  }

  private static BinShape shape(Bin bin, long rows, long bads) {
    return new BinShape(ShapeOrder.label(bin), ShapeOrder.kind(bin), rows, bads, bin.points());
  }
}

package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.List;

/**
 * A data set as fine-bin indices, column-wise ({@code index[j][row]}), with the target as 0/1
 * bytes. Arrays are shared, not copied: package-private and never modified after construction.
 */
final class BinnedData {

  final List<FineLayout> layouts;
  final short[][] index;
  final byte[] y;

  private BinnedData(List<FineLayout> layouts, short[][] index, byte[] y) {
    this.layouts = List.copyOf(layouts);
    this.index = index;
    this.y = y;
  }

  /** Bins the columns of {@code data} named by {@code layouts}. */
  static BinnedData of(Dataset data, List<FineLayout> layouts) {
    short[][] index = new short[layouts.size()][];
    for (int j = 0; j < index.length; j++) {
      FineLayout layout = layouts.get(j);
      index[j] = layout.index(data.column(layout.name()).orElseThrow(() ->
          new IllegalArgumentException("the data has no column " + layout.name())));
    }
    byte[] y = new byte[data.rows()];
    for (int r = 0; r < y.length; r++) {
      y[r] = (byte) (data.isBad(r) ? 1 : 0);
    }
    return new BinnedData(layouts, index, y);
  }

  int rows() {
    return y.length;
  }

  int features() {
    return index.length;
  }

  /** Rows per bin of characteristic {@code j} ({@code bad} true: bad rows only). */
  long[] counts(int j, boolean badOnly) {
    long[] out = new long[layouts.get(j).bins()];
    short[] idx = index[j];
    for (int r = 0; r < idx.length; r++) {
      if (!badOnly || y[r] == 1) {
        out[idx[r]]++;
      }
    }
    return out;
  }

  /** {@code index[j]} at the given rows. */
  static short[][] gather(short[][] index, int[] rows) {
    short[][] out = new short[index.length][rows.length];
    for (int j = 0; j < index.length; j++) {
      short[] from = index[j];
      short[] to = out[j];
      for (int i = 0; i < rows.length; i++) {
        to[i] = from[rows[i]];
      }
    }
    return out;
  }

  static byte[] gather(byte[] y, int[] rows) {
    byte[] out = new byte[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = y[rows[i]];
    }
    return out;
  }
}

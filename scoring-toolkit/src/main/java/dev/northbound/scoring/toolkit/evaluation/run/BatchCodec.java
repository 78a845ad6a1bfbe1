package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte form of a {@link ScoredBatch}: a header (version, record count, lines spanned,
 * characteristics, the batch's segment labels), then per record its kind byte and, for a scored
 * record, points and PD (8 bytes each), month (4), segment index (4) and two bytes (unsigned) per
 * characteristic; for a skipped one its line, pointer, rule and found description.
 */
final class BatchCodec {

  private static final byte VERSION = 2;
  private static final byte BAD_FLAG = 0x10;

  private BatchCodec() {}

  static byte[] encode(ScoredBatch b) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + b.size * (26 + 2 * b.bins.length));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Map<String, Integer> codes = new HashMap<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < b.size; i++) {
        if (b.segment[i] != null && codes.putIfAbsent(b.segment[i], labels.size()) == null) {
          labels.add(b.segment[i]);
        }
      }
      out.writeByte(VERSION);
      out.writeInt(b.size);
      out.writeLong(b.lines);
      out.writeInt(b.bins.length);
      out.writeInt(labels.size());
      for (String label : labels) {
        out.writeUTF(label);
      }
      for (int i = 0; i < b.size; i++) {
        if (b.kind[i] == ScoredBatch.SCORED) {
          out.writeByte(b.bad[i] ? ScoredBatch.SCORED | BAD_FLAG : ScoredBatch.SCORED);
          out.writeDouble(b.points[i]);
          out.writeDouble(b.pd[i]);
          out.writeInt(b.month[i]);
          out.writeInt(b.segment[i] == null ? -1 : codes.get(b.segment[i]));
          for (short[] bin : b.bins) {
            out.writeShort(bin[i]);
          }
        } else {
          out.writeByte(b.kind[i]);
          out.writeLong(b.lineNumbers[i]);
          if (b.kind[i] == ScoredBatch.SKIPPED) {
            InvalidInputException e = b.errors[i];
            out.writeUTF(e.pointer());
            out.writeUTF(e.rule());
            out.writeUTF(e.found());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode a batch in memory", e);
    }
    return bytes.toByteArray();
  }

  static ScoredBatch decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readByte() != VERSION) {
        throw new IllegalArgumentException("not an encoded batch of this library version");
      }
      int size = in.readInt();
      long lines = in.readLong();
      int characteristics = in.readInt();
      String[] labels = new String[in.readInt()];
      for (int k = 0; k < labels.length; k++) {
        labels[k] = in.readUTF();
      }
      long[] lineNumbers = new long[size];
      byte[] kind = new byte[size];
      double[] points = new double[size];
      double[] pd = new double[size];
      boolean[] bad = new boolean[size];
      int[] month = new int[size];
      String[] segment = new String[size];
      short[][] bins = new short[characteristics][size];
      InvalidInputException[] errors = new InvalidInputException[size];
      for (int i = 0; i < size; i++) {
        byte k = in.readByte();
        kind[i] = (byte) (k & ~BAD_FLAG);
        if (kind[i] == ScoredBatch.SCORED) {
          bad[i] = (k & BAD_FLAG) != 0;
          points[i] = in.readDouble();
          pd[i] = in.readDouble();
          month[i] = in.readInt();
          int s = in.readInt();
          segment[i] = s < 0 ? null : labels[s];
          for (int c = 0; c < characteristics; c++) {
            bins[c][i] = in.readShort();
          }
        } else {
          lineNumbers[i] = in.readLong();
          if (kind[i] == ScoredBatch.SKIPPED) {
            errors[i] = new InvalidInputException(in.readUTF(), in.readUTF(), in.readUTF());
          }
        }
      }
      if (in.available() != 0) {
        throw new IllegalArgumentException("an encoded batch has " + in.available() + " trailing bytes");
      }
      return new ScoredBatch(size, lines, lineNumbers, kind, points, pd, bad, month, segment, bins, errors);
    } catch (IOException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("not an encoded batch: it is truncated or malformed", e);
    }
  }

  /** The error with the {@code /lines/<from>} prefix of its pointer (if any) made {@code /lines/<to>}. */
  static InvalidInputException renumber(InvalidInputException e, long from, long to) {
    String prefix = "/lines/" + from;
    String p = e.pointer();
    if (!p.startsWith(prefix) || p.length() > prefix.length() && p.charAt(prefix.length()) != '/') {
      return e;
    }
    return new InvalidInputException("/lines/" + to + p.substring(prefix.length()), e.rule(), e.found(), e);
  }
}

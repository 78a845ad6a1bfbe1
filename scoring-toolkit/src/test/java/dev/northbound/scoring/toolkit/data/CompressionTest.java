package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {

  @TempDir Path dir;

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(out)) {
      o.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] read(Path p) throws IOException {
    try (InputStream in = Compression.open(p)) {
      return in.readAllBytes();
    }
  }

  @Test
  void open_tellsGzipByContentNotName() throws IOException {
    byte[] text = "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8);
    Path gzNamedPlain = dir.resolve("x.jsonl");
    Files.write(gzNamedPlain, gzip(text));
    Path plainNamedGz = dir.resolve("y.jsonl.gz");
    Files.write(plainNamedGz, text);
    assertThat(read(gzNamedPlain)).isEqualTo(text);
    assertThat(read(plainNamedGz)).isEqualTo(text);
  }

  @Test
  void open_emptyAndOneByteFilesAreReadAsTheyAre() throws IOException {
    Path empty = dir.resolve("e.gz");
    Files.write(empty, new byte[0]);
    assertThat(read(empty)).isEmpty();
    Path one = dir.resolve("o.gz");
    Files.write(one, new byte[] {0x1f});
    assertThat(read(one)).containsExactly(0x1f);
  }

  @Test
  void open_truncatedOrCorruptGzipFailsWhileRead() throws IOException {
    byte[] gz = gzip("hello, a line long enough to compress\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    Path cut = dir.resolve("cut.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> read(cut)).isInstanceOf(java.io.EOFException.class);
    byte[] bad = gz.clone();
    bad[gz.length - 8] ^= 1; // the CRC-32 in the trailer no longer matches
    Path corrupt = dir.resolve("bad.gz");
    Files.write(corrupt, bad);
    assertThatThrownBy(() -> read(corrupt)).isInstanceOf(ZipException.class);
  }

  @Test
  void compressing_byFlagAndNames() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = Compression.compressing(out, true)) {
      o.write("abc".getBytes(StandardCharsets.US_ASCII));
    }
    try (InputStream in = Compression.decompressed(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abc");
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    assertThat(Compression.compressing(plain, false)).isSameAs(plain);
    assertThat(Compression.isGzipName(Path.of("a.JSONL.GZ"))).isTrue();
    assertThat(Compression.isGzipName(Path.of("a.jsonl"))).isFalse();
    assertThat(Compression.contentName(Path.of("d", "A.Jsonl.gz"))).isEqualTo("a.jsonl");
    assertThat(Compression.contentName(Path.of("a.csv"))).isEqualTo("a.csv");
  }
}

package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  @Test
  void newline_theFirstNewlineEightBytesAtATime() {
    // Against a byte-by-byte scan, on bytes near '\n' (0x0A) and its neighbours in each word's lanes,
    // from every start to every end, so that the word loop and the tail both find it.
    byte[] alphabet = {'\n', 0x0B, 0x09, 0x00, (byte) 0x8A, (byte) 0xFF, (byte) (0x0A ^ 0x80), 'a', '{', '"'};
    SplittableRandom random = new SplittableRandom(21);
    for (int round = 0; round < 200; round++) {
      byte[] b = new byte[random.nextInt(1, 40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(11, 256);
      }
      for (int from = 0; from <= b.length; from++) {
        for (int to = from; to <= b.length; to++) {
          assertThat(LineSplitter.newline(b, from, to)).isEqualTo(scan(b, from, to));
        }
      }
    }
    assertThat(LineSplitter.newline(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, '\n'}, 0, 9)).isEqualTo(8);
    assertThat(LineSplitter.newline(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, '\n'}, 0, 8)).isEqualTo(8);
  }

  private static int scan(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }
}

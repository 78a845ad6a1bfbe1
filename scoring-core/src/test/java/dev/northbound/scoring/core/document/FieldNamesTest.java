package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

  /** "Aa" and "BB" share a hash code ('A' * 31 + 'a' = 'B' * 31 + 'B' = 2112) and are still two names. */
  @Test
  void add_equalHashesDifferentNames_areNotARepeat() {
    assertThat("Aa".hashCode()).isEqualTo(2112).isEqualTo("BB".hashCode());
    FieldNames names = new FieldNames(8);
    names.open(1);
    assertThat(names.add(1, "Aa")).isTrue();
    assertThat(names.seen(1, "BB")).isFalse();
    assertThat(names.add(1, "BB")).isTrue();
    assertThat(names.add(1, new String("Aa"))).isFalse(); // equal, not the same instance
    assertThat(names.seen(1, "BB")).isTrue();
  }

  /** Levels are apart, and opening an object forgets the names of the previous one at its level. */
  @Test
  void open_levelsApartAndReset() {
    FieldNames names = new FieldNames(8);
    names.open(1);
    names.add(1, "a");
    names.open(2);
    assertThat(names.add(2, "a")).isTrue();
    names.open(2);
    assertThat(names.seen(2, "a")).isFalse();
    assertThat(names.seen(1, "a")).isTrue();
  }

  /** Past 16 names the level moves to a set: every name stays seen, a new one is not, and a new object starts empty. */
  @Test
  void add_pastTheSmallTable_stillFindsEveryName() {
    FieldNames names = new FieldNames(8);
    names.open(3);
    for (int i = 0; i < 40; i++) {
      assertThat(names.add(3, "f" + i)).as("f%d", i).isTrue();
    }
    for (int i = 0; i < 40; i++) {
      assertThat(names.add(3, "f" + i)).as("f%d again", i).isFalse();
    }
    assertThat(names.seen(3, "f40")).isFalse();
    names.open(3);
    assertThat(names.seen(3, "f0")).isFalse();
    assertThat(names.add(3, "f0")).isTrue();
  }

  /** Levels past the first tables' room (8) grow them, and the names of the levels below stay. */
  @Test
  void open_deeperThanTheFirstTables_keepsEveryLevel() {
    FieldNames names = new FieldNames(32);
    for (int level = 1; level <= 32; level++) {
      names.open(level);
      assertThat(names.add(level, "n" + level)).isTrue();
    }
    for (int level = 1; level <= 32; level++) {
      assertThat(names.seen(level, "n" + level)).as("level %d", level).isTrue();
      assertThat(names.seen(level, "n" + (level + 1))).as("level %d", level).isFalse();
    }
  }
}

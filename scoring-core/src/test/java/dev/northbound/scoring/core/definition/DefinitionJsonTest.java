package dev.northbound.scoring.core.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionJsonTest {

  record Cutoffs(Double approveAtOrAbove, Integer years) {}

  record Policy(String id, Cutoffs cutoffs, List<String> grades, BigDecimal rate) {}

  /** A type Jackson cannot construct: a defect of the caller, not of the file. */
  interface Unbindable {}

  @Test
  void bind_typeJacksonCannotConstruct_isNotBlamedOnTheFile() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DefinitionJson.bind(DefinitionJson.readObject("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Unbindable.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Jackson cannot bind " + Unbindable.class.getName());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertFails(String json, String message) {
    assertFails(utf8(json), message);
  }

  private static void assertFails(byte[] bytes, String message) {
    assertThatThrownBy(() -> DefinitionJson.read(bytes, Policy.class))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void read_valid() {
    Policy p = DefinitionJson.read(utf8("{\"id\":\"p\",\"cutoffs\":{\"approveAtOrAbove\":600,\"years\":5},"
        + "\"grades\":[\"A\"],\"rate\":0.5}"), Policy.class);
    assertThat(p).isEqualTo(new Policy("p", new Cutoffs(600.0, 5), List.of("A"), new BigDecimal("0.5")));
  }

  @Test
  void read_repeatedKeyAtAnyDepth_rejected() {
    assertFails("{\"id\":\"p\",\"cutoffs\":{\"years\":5},\"cutoffs\":{\"years\":0}}",
        "/cutoffs: must not repeat a key in one object; found a repeated key");
    assertFails("{\"id\":\"p\",\"cutoffs\":{\"years\":5,\"years\":0}}",
        "/cutoffs/years: must not repeat a key in one object; found a repeated key");
    assertThatThrownBy(() -> DefinitionJson.readObject(utf8("{\"a\":[{\"b\":1,\"b\":2}]}")))
        .hasMessage("/a/0/b: must not repeat a key in one object; found a repeated key");
  }

  @Test
  void read_wrongJsonType_rejectedWithoutCoercion() {
    assertFails("{\"cutoffs\":{\"approveAtOrAbove\":\"600\"}}",
        "/cutoffs/approveAtOrAbove: must be a number; found a string");
    assertFails("{\"cutoffs\":{\"years\":\"5\"}}", "/cutoffs/years: must be a whole number; found a string");
    assertFails("{\"cutoffs\":{\"years\":5.0}}",
        "/cutoffs/years: must be a whole number; found a number with a fraction");
    assertFails("{\"id\":5}", "/id: must be a string; found a whole number");
    assertFails("{\"id\":true}", "/id: must be a string; found true or false");
    assertFails("{\"rate\":\"0.5\"}", "/rate: must be a number; found a string");
    assertFails("{\"grades\":\"A\"}", "/grades: must be an array; found a string");
    assertFails("{\"cutoffs\":\"\"}", "/cutoffs: must be an object; found a string");
    assertFails("{\"cutoffs\":{\"approveAtOrAbove\":true}}",
        "/cutoffs/approveAtOrAbove: must be a number; found true or false");
  }

  @Test
  void read_nullUnknownFieldAndShape_rejected() {
    assertFails("{\"id\":null}", "/id: must not be null (leave an optional field out instead); found null");
    assertFails("{\"grades\":[null]}", "/grades/0: must not be null (leave an optional field out instead); found null");
    assertFails("{\"cutoffs\":{\"secret\":1}}", "/cutoffs/secret: must be a field the format defines; found an unknown field");
    assertFails("[1]", "/: must be a JSON object; found an array");
    assertFails("", "/: must be a JSON object; found nothing");
    assertFails("{\"id\":\"p\"} {}", "/: must contain one JSON object and nothing after it; found more content");
    assertFails("{\"id\":", "/: must be well-formed JSON; found JSON that ends too early");
    assertFails("{\"rate\":NaN}", "/: must be well-formed JSON; found malformed JSON at line 1, column 12");
  }

  @Test
  void read_byteOrderMarkOrUtf16_rejected() {
    byte[] json = utf8("{\"id\":\"p\"}");
    byte[] bom = new byte[json.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bom, 3, json.length);
    assertFails(bom, "/: must be UTF-8 without a byte-order mark; found a UTF-8 byte-order mark");
    assertFails("\uFEFF{\"id\":\"p\"}".getBytes(StandardCharsets.UTF_16BE),
        "/: must be UTF-8 without a byte-order mark; found a UTF-16 or UTF-32 byte-order mark");
    assertFails("{\"id\":\"p\"}".getBytes(StandardCharsets.UTF_16LE), "/: must be UTF-8; found UTF-16 or UTF-32 text");
  }

  @Test
  void read_messagesNeverEchoValues() {
    String secret = "S3CRET-VALUE";
    for (String json : List.of("{\"id\":\"" + secret + "\",\"id\":\"x\"}", "{\"rate\":\"" + secret + "\"}",
        "{\"cutoffs\":{\"years\":\"" + secret + "\"}}", "{\"id\":\"" + secret + "\"} x")) {
      assertThatThrownBy(() -> DefinitionJson.read(utf8(json), Policy.class))
          .isInstanceOf(ModelDefinitionException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret).contains("; found "));
    }
  }
}

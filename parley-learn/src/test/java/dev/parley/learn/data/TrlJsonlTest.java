package dev.parley.learn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.episode.Provenance;
import dev.parley.core.llm.ChatMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFERENCE §8: TRL's field names, standard and conversational forms, exact round trips. */
class TrlJsonlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRICKY = "naïve \"quote\" \\ back\nnew line\ttab \u2028 sep 🎲 ünïcödé";

  private static RecordMetadata fullMetadata() {
    return new RecordMetadata(Source.JUDGE, "g-7", "run-1/3", "bargaining/balloon-v1", -42L, List.of("llm:a", "tft"),
        "llm-judge:gpt#9f2c", 0.7300000000000001, new Provenance("0.1.0", "abc123", "bargaining/balloon-v1", "h:42"),
        Map.of("swap", "agree", "a", "1e-300"));
  }

  private static List<DatasetRecord> allKinds() {
    Content prompt = Content.messages(ChatMessage.system("Be brief."), ChatMessage.user(TRICKY));
    Content yes = Content.messages(ChatMessage.assistant("It is blue."));
    Content no = Content.messages(ChatMessage.assistant(TRICKY));
    return List.of(
        PreferenceRecord.of("The sky is", " blue.", " green.", null),
        new PreferenceRecord(Content.text(TRICKY), Content.text(" a"), Content.text(""), 0.1, fullMetadata()),
        new PreferenceRecord(prompt, yes, no, 1e-300, RecordMetadata.of(Source.HUMAN)),
        new UnpairedRecord(Content.text("The sky is"), Content.text(" blue."), true, fullMetadata()),
        new UnpairedRecord(prompt, no, false, null),
        new PromptRecord(Content.text("The sky is"), RecordMetadata.of(Source.OUTCOME).withGroup("ep")),
        new PromptRecord(prompt, fullMetadata().withProbability(null)));
  }

  @Test
  void everyKindAndFormRoundTripsExactly(@TempDir Path dir) throws IOException {
    List<DatasetRecord> rows = allKinds();
    Path file = dir.resolve("rows.jsonl");
    TrlJsonl codec = TrlJsonl.withMetadata();

    codec.write(rows, file);
    List<DatasetRecord> back = codec.read(file);

    assertThat(back).isEqualTo(rows);
    Path again = dir.resolve("again.jsonl");
    codec.write(back, again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    assertThat(Files.readAllLines(file)).hasSize(rows.size());
  }

  @Test
  void trlOnlyRowsCarryExactlyTrlsFields() throws IOException {
    TrlJsonl trl = TrlJsonl.trlOnly();
    List<List<String>> expected = List.of(
        List.of("prompt", "chosen", "rejected"), List.of("prompt", "chosen", "rejected", "margin"),
        List.of("prompt", "chosen", "rejected", "margin"), List.of("prompt", "completion", "label"),
        List.of("prompt", "completion", "label"), List.of("prompt"), List.of("prompt"));
    List<DatasetRecord> rows = allKinds();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode node = JSON.readTree(trl.toJson(rows.get(i)));
      assertThat(names(node)).as("row %s", i).isEqualTo(expected.get(i));
      if (rows.get(i).isConversational()) {
        for (JsonNode m : node.get("prompt")) {
          assertThat(names(m)).containsExactly("role", "content");
        }
        assertThat(node.get("prompt").get(0).get("role").textValue()).isEqualTo("system");
      }
    }
    // Without metadata the rows read back as bare TRL rows.
    StringWriter out = new StringWriter();
    trl.write(rows, out);
    List<DatasetRecord> back = trl.read(new StringReader(out.toString()));
    assertThat(back).isEqualTo(rows.stream().map(DatasetRecord::withoutMetadata).toList());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void writesTrlsDocumentedExamplesByteForByte() {
    TrlJsonl trl = TrlJsonl.trlOnly();

    assertThat(trl.toJson(PreferenceRecord.of("The sky is", " blue.", " green.", null)))
        .isEqualTo("{\"prompt\":\"The sky is\",\"chosen\":\" blue.\",\"rejected\":\" green.\"}");
    assertThat(trl.toJson(new UnpairedRecord(Content.text("The sky is"), Content.text(" blue."), true, null)))
        .isEqualTo("{\"prompt\":\"The sky is\",\"completion\":\" blue.\",\"label\":true}");
    assertThat(trl.toJson(new PreferenceRecord(Content.messages(ChatMessage.user("What color is the sky?")),
        Content.messages(ChatMessage.assistant("It is blue.")), Content.messages(ChatMessage.assistant("It is green.")),
        null, null)))
        .isEqualTo("{\"prompt\":[{\"role\":\"user\",\"content\":\"What color is the sky?\"}],"
            + "\"chosen\":[{\"role\":\"assistant\",\"content\":\"It is blue.\"}],"
            + "\"rejected\":[{\"role\":\"assistant\",\"content\":\"It is green.\"}]}");
  }

  @Test
  void readsTrlRowsWrittenWithSpacesAndOtherKeyOrders() throws IOException {
    String text = "{\"rejected\": [{\"role\": \"assistant\", \"content\": \"It is green.\"}], "
        + "\"prompt\": [{\"role\": \"user\", \"content\": \"What color is the sky?\"}], "
        + "\"chosen\": [{\"role\": \"assistant\", \"content\": \"It is blue.\"}]}\n\n"
        + "{\"prompt\": \"The sky is\", \"completion\": \" green.\", \"label\": false}\n";
    List<DatasetRecord> rows = TrlJsonl.withMetadata().read(new StringReader(text));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isInstanceOf(PreferenceRecord.class);
    assertThat(((PreferenceRecord) rows.get(0)).chosen())
        .isEqualTo(Content.messages(ChatMessage.assistant("It is blue.")));
    assertThat(rows.get(1)).isEqualTo(new UnpairedRecord(Content.text("The sky is"), Content.text(" green."), false, null));
  }

  @Test
  void rejectsMalformedRowsNamingLineAndField() {
    TrlJsonl codec = TrlJsonl.withMetadata();

    assertThatThrownBy(() -> codec.read(new StringReader("{\"prompt\":\"a\"}\n{\"prompt\":\"a\",\"chosen\":\"b\","
        + "\"rejected\":\"c\",\"score_chosen\":1}")))
        .hasMessageContaining("line 2").hasMessageContaining("unknown field 'score_chosen'");
    assertThatThrownBy(() -> codec.fromJson("{\"chosen\":\"b\",\"rejected\":\"c\"}")).hasMessageContaining("implicit prompt");
    assertThatThrownBy(() -> codec.fromJson("{\"prompt\":\"a\",\"completion\":\"b\",\"label\":\"yes\"}"))
        .hasMessageContaining("'label' must be true or false");
    assertThatThrownBy(() -> codec.fromJson("{\"prompt\":\"a\",\"chosen\":[{\"role\":\"assistant\",\"content\":\"b\"}],"
        + "\"rejected\":\"c\"}")).hasMessageContaining("mixes the standard");
    assertThatThrownBy(() -> codec.fromJson("{\"prompt\":[{\"role\":\"tool\",\"content\":\"b\"}]}"))
        .hasMessageContaining("prompt[0] has role 'tool'");
    assertThatThrownBy(() -> codec.fromJson("{\"prompt\":\"a\",\"parley\":{\"source\":\"oracle\"}}"))
        .hasMessageContaining("source must be one of");
    assertThatThrownBy(() -> codec.fromJson("{\"prompt\":\"a\",\"chosen\":\"b\"}")).hasMessageContaining("missing field 'rejected'");
    assertThat(TrlJsonl.trlOnly().fromJson("{\"prompt\":\"a\",\"chosen\":\"b\",\"rejected\":\"c\",\"score_chosen\":1}"))
        .isEqualTo(PreferenceRecord.of("a", "b", "c", null));
  }
}

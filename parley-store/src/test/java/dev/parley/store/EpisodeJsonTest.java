package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.episode.Episode;
import org.junit.jupiter.api.Test;

class EpisodeJsonTest {
  @Test
  void episodesRoundTripThroughOneLineOfJson() {
    for (long m = 0; m < 2; m++) {
      Episode e = StoreContract.episode("r1", m);
      String line = EpisodeJson.write(e);
      assertThat(line).doesNotContain("\n");
      assertThat(EpisodeJson.read(line)).isEqualTo(e);
    }
  }

  @Test
  void theLineUsesTheDocumentedFieldNames() {
    String line = EpisodeJson.write(StoreContract.episode("r1", 1));
    assertThat(line).startsWith("{\"run\":\"r1\",\"match\":1,\"game\":\"repeated(stage=pd)\",\"seats\":[\"llm\",\"alld\"]")
        .contains("\"returns\":[1.5,-2]").contains("\"steps\":[{\"move\":0,\"seat\":-1,\"action\":\"order:1\"}")
        .contains("\"prompt_tokens\":120").contains("\"kind\":\"MALFORMED\"").contains("\"git_commit\":\"abc123\"");
  }

  @Test
  void junkIsRejected() {
    assertThatThrownBy(() -> EpisodeJson.read("{\"run\":1}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an episode line");
  }
}

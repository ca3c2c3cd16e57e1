package dev.parley.core.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunStoreTest {
  static final Provenance PROV = new Provenance("v", "c", "g-v1", "h");

  static RunRecord run(String id, long createdAt) {
    return new RunRecord(id, "tournament", "name " + id, "g", Map.of("k", "v"), 1, 10, RunStatus.RUNNING,
        createdAt, 0, PROV);
  }

  static Episode episode(String runId, long index) {
    return new Episode(runId, index, "g", List.of("a", "b"), index, List.of(), List.of(1.0, 0.0), List.of(),
        EpisodeStatus.COMPLETED, PROV, 0, 0);
  }

  static List<Long> indices(RunStore store, String runId) {
    List<Long> out = new ArrayList<>();
    store.forEachEpisode(runId, e -> out.add(e.matchIndex()));
    return out;
  }

  @Test
  void inMemoryStoresRunsAndEpisodes() {
    InMemoryRunStore store = new InMemoryRunStore();
    store.createRun(run("old", 100));
    store.createRun(run("new", 200));
    store.createRun(run("mid", 150));
    assertThat(store.runs()).extracting(RunRecord::id).containsExactly("new", "mid", "old");
    assertThat(store.findRun("mid")).get().extracting(RunRecord::name).isEqualTo("name mid");
    assertThat(store.findRun("none")).isEmpty();
    assertThatThrownBy(() -> store.createRun(run("old", 1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("run 'old' already exists");

    store.append("new", List.of(episode("new", 5), episode("new", 1)));
    store.append("new", List.of(episode("new", 3)));
    assertThat(indices(store, "new")).containsExactly(1L, 3L, 5L);
    assertThat(store.countEpisodes("new")).isEqualTo(3);
    BitSet expected = new BitSet();
    expected.set(1);
    expected.set(3);
    expected.set(5);
    assertThat(store.completedMatches("new")).isEqualTo(expected);
    assertThat(store.countEpisodes("old")).isZero();

    store.updateStatus("new", RunStatus.COMPLETED, 999);
    assertThat(store.findRun("new")).get().satisfies(r -> {
      assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(r.finishedAtMillis()).isEqualTo(999);
      assertThat(r.createdAtMillis()).isEqualTo(200);
    });
  }

  @Test
  void inMemoryAppendIsAllOrNothing() {
    InMemoryRunStore store = new InMemoryRunStore();
    store.createRun(run("r", 1));
    store.append("r", List.of(episode("r", 2)));
    assertThatThrownBy(() -> store.append("r", List.of(episode("r", 0), episode("r", 2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("episode r/2 is already stored");
    assertThat(indices(store, "r")).as("nothing of the failed batch is stored").containsExactly(2L);
    assertThatThrownBy(() -> store.append("r", List.of(episode("r", 7), episode("other", 8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("episode of run other appended to run r");
    assertThat(indices(store, "r")).containsExactly(2L);
    assertThatThrownBy(() -> store.append("r", List.of(episode("r", 5), episode("r", 5))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("r/5");
    assertThat(indices(store, "r")).as("a batch repeating a match is refused whole").containsExactly(2L);
  }

  @Test
  void discardingStoreRefusesRepeatsAndListsNewestFirst() {
    DiscardingRunStore store = new DiscardingRunStore();
    store.createRun(run("old", 1));
    assertThatThrownBy(() -> store.append("old", List.of(episode("old", 1), episode("old", 1))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.countEpisodes("old")).isZero();
  }

  @Test
  void inMemoryUnknownRunsAreErrors() {
    InMemoryRunStore store = new InMemoryRunStore();
    assertThatThrownBy(() -> store.append("x", List.of(episode("x", 0)))).hasMessageContaining("no run 'x'");
    assertThatThrownBy(() -> store.completedMatches("x")).hasMessageContaining("no run 'x'");
    assertThatThrownBy(() -> store.countEpisodes("x")).hasMessageContaining("no run 'x'");
    assertThatThrownBy(() -> store.updateStatus("x", RunStatus.FAILED, 1)).hasMessageContaining("no run 'x'");
  }

  @Test
  void inMemoryCompletedMatchesIsACopy() {
    InMemoryRunStore store = new InMemoryRunStore();
    store.createRun(run("r", 1));
    store.completedMatches("r").set(4);
    assertThat(store.completedMatches("r").isEmpty()).isTrue();
  }

  @Test
  void discardingStoreKeepsOnlyWhichMatchesFinished() {
    DiscardingRunStore store = new DiscardingRunStore();
    store.createRun(run("r", 1));
    assertThatThrownBy(() -> store.createRun(run("r", 1))).isInstanceOf(IllegalStateException.class);
    store.forEachEpisode("r", e -> {
      throw new AssertionError("no episodes yet");
    });
    store.append("r", List.of(episode("r", 0), episode("r", 4)));
    assertThat(store.countEpisodes("r")).isEqualTo(2);
    assertThat(store.completedMatches("r").stream().boxed().toList()).containsExactly(0, 4);
    store.completedMatches("r").set(9);
    assertThat(store.countEpisodes("r")).as("completedMatches is a copy").isEqualTo(2);
    assertThatThrownBy(() -> store.append("r", List.of(episode("r", 4))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already stored");
    assertThatThrownBy(() -> store.forEachEpisode("r", e -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("discarded");
    store.updateStatus("r", RunStatus.COMPLETED, 5);
    assertThat(store.findRun("r")).get().extracting(RunRecord::status).isEqualTo(RunStatus.COMPLETED);
    assertThatThrownBy(() -> store.countEpisodes("x")).hasMessageContaining("no run 'x'");
  }

  @Test
  void runRecordCopiesConfigAndUpdatesStatus() {
    Map<String, String> config = new java.util.HashMap<>(Map.of("a", "1"));
    RunRecord r = new RunRecord("id", "tournament", "n", "g", config, 3, 9, RunStatus.RUNNING, 10, 0, PROV);
    config.put("b", "2");
    assertThat(r.config()).containsOnlyKeys("a");
    RunRecord done = r.withStatus(RunStatus.FAILED, 20);
    assertThat(done.status()).isEqualTo(RunStatus.FAILED);
    assertThat(done.finishedAtMillis()).isEqualTo(20);
    assertThat(done).usingRecursiveComparison().ignoringFields("status", "finishedAtMillis").isEqualTo(r);
  }
}

package dev.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.episode.Episode;
import dev.parley.core.tournament.ForwardingRunStore;
import dev.parley.core.tournament.InMemoryRunStore;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store suite passes the reference in-memory store and catches stores that break the contract. */
class RunStoreConformanceTest {
  @Test
  void theInMemoryStoreKeepsTheContract() {
    InMemoryRunStore shared = new InMemoryRunStore();
    RunStoreConformance.Report r = RunStoreConformance.of(() -> shared).persistent().check();
    assertThat(r).isEqualTo(new RunStoreConformance.Report(6, 8, true));
    assertThat(shared.runs()).hasSize(6);
  }

  @Test
  void aStoreThatKeepsPartOfARefusedBatchIsCaught() {
    InMemoryRunStore real = new InMemoryRunStore();
    RunStore leaky = new Delegating(real) {
      @Override
      public void append(String runId, List<Episode> episodes) {
        // stores what it can before noticing the repeat: not atomic
        for (Episode e : episodes) {
          real.append(runId, List.of(e));
        }
      }
    };
    assertThatThrownBy(() -> RunStoreConformance.of(() -> leaky).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a refused batch left 1 episode(s) behind");
  }

  @Test
  void aStoreThatForgetsOnReopeningIsCaught() {
    assertThatThrownBy(() -> RunStoreConformance.of(InMemoryRunStore::new).persistent().check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lost on reopening");
  }

  @Test
  void aStoreThatListsRunsOldestFirstIsCaught() {
    InMemoryRunStore real = new InMemoryRunStore();
    RunStore reversed = new Delegating(real) {
      @Override
      public List<RunRecord> runs() {
        List<RunRecord> all = new ArrayList<>(real.runs());
        Collections.reverse(all);
        return all;
      }
    };
    assertThatThrownBy(() -> RunStoreConformance.of(() -> reversed).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("runs should list newest first");
  }

  /** Passes every call to another store. */
  static class Delegating extends ForwardingRunStore {
    Delegating(RunStore inner) {
      super(inner);
    }
  }
}

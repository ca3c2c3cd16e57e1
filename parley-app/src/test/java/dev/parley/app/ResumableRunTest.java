package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A stopped run tells how to finish it, with the store it was written to. */
class ResumableRunTest {
  static StoreOption store(String value) {
    StoreOption o = new StoreOption();
    o.store = value;
    return o;
  }

  @Test
  void aFailedPlayNamesTheExactResumeCommandAndKeepsTheCause() {
    IllegalStateException cause = new IllegalStateException("disk full");
    assertThatThrownBy(() -> ResumableRun.play("r-7", store("runs/x.db").flag(), () -> {
      throw cause;
    })).isInstanceOf(IllegalStateException.class)
        .hasMessage("run r-7 stopped (disk full); the episodes stored so far are kept: finish it with "
            + "parley resume r-7 --store runs/x.db")
        .hasCause(cause);
  }

  @Test
  void aSuccessfulPlayReturnsItsResult() {
    assertThat(ResumableRun.play("r-8", "", () -> 42)).isEqualTo(42);
  }

  @Test
  void theStoreFlagIsQuotedForTheShellOnlyWhenItNeedsTo() {
    assertThat(store(null).flag()).isEmpty();
    assertThat(store("jdbc:postgresql://db:5432/parley?user=p").flag())
        .isEqualTo(" --store 'jdbc:postgresql://db:5432/parley?user=p'");
    assertThat(store("my runs/it's.db").flag()).isEqualTo(" --store 'my runs/it'\\''s.db'");
    assertThat(store("runs/a-1.db").flag()).isEqualTo(" --store runs/a-1.db");
  }
}

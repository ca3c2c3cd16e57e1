package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract against a real PostgreSQL server named by {@code PARLEY_TEST_POSTGRES_URL}
 * (CI starts one). Skipped when the variable is unset, unless {@code PARLEY_REQUIRE_POSTGRES=true}.
 */
class PostgresStoreTest extends StoreContract {
  static String url;

  @BeforeAll
  static void findServer() {
    url = System.getenv("PARLEY_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("PARLEY_REQUIRE_POSTGRES"))) {
        throw new AssertionError("PARLEY_REQUIRE_POSTGRES is set but PARLEY_TEST_POSTGRES_URL is not");
      }
      Assumptions.abort("PARLEY_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against");
    }
  }

  @Override
  String target() {
    return url;
  }

  @Test
  void itIsPostgres() {
    assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
  }
}

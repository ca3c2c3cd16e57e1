package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir
  static Path dir;

  @Override
  String target() {
    return dir.resolve("nested/folder/parley.db").toString();
  }

  @Test
  void aPlainPathMeansSqlite() {
    assertThat(store.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(store.description()).startsWith("jdbc:sqlite:");
  }

  @Test
  void unsupportedUrlsAreRefusedWithWhatIsAccepted() {
    assertThatThrownBy(() -> JdbcRunStore.open("jdbc:mysql://h/db?password=secret"))
        .hasMessageContaining("jdbc:postgresql").hasMessageNotContaining("secret");
  }

  @Test
  void passwordsAreRedacted() {
    assertThat(Dialect.redact("jdbc:postgresql://h/db?user=u&password=hunter2")).doesNotContain("hunter2");
    assertThat(Dialect.redact("jdbc:postgresql://u:hunter2@h/db")).doesNotContain("hunter2");
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\nCREATE VIEW v AS\n  SELECT 1;\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE VIEW v AS\n  SELECT 1");
    assertThat(Migrations.names()).first().isEqualTo("V1__runs_and_episodes");
  }
}

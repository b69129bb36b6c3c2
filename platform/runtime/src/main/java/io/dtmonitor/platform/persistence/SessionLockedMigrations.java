package io.dtmonitor.platform.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Lets a migration build an index concurrently, so that a large table keeps taking writes while it
 * is built. Flyway's PostgreSQL default guards a run with a lock held by an open transaction, and
 * {@code CREATE INDEX CONCURRENTLY} waits for every open transaction to end, that one included, so
 * it would wait forever (flyway/flyway#3508). A session-level lock still keeps two instances from
 * migrating at once.
 */
@Singleton
public class SessionLockedMigrations implements FlywayConfigurationCustomizer {

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration
        .getPluginRegister()
        .getPlugin(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
  }
}

package io.dtmonitor.programme;

import io.dtmonitor.platform.testing.KafkaTestResource;
import io.dtmonitor.platform.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real infrastructure every test of this service runs against, started once per run; the
 * service connects to Kafka as its own user, with the ACLs it ships with.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(
    value = KafkaTestResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = KafkaTestResource.IDENTITY, value = "programme-service"))
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}

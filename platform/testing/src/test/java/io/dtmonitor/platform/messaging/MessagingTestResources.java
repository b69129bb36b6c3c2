package io.dtmonitor.platform.messaging;

import io.dtmonitor.platform.testing.KafkaTestResource;
import io.dtmonitor.platform.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real infrastructure the platform's own tests run against. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
final class MessagingTestResources {
  private MessagingTestResources() {}
}

package org.example.portal.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What the integration tests deploy: the real EAR built by portal-ear, unchanged. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive portal() {
    Path ear = Settings.ear();
    if (!Files.isRegularFile(ear)) {
      throw new IllegalStateException(ear.toAbsolutePath() + " is missing: build it with ./mvnw verify (or package -pl portal-ear -am)");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear.toFile());
  }
}

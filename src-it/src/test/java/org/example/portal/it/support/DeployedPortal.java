package org.example.portal.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: the portal EAR on the Payara Server that Arquillian starts once per run.
 * Tests run as clients (testable = false) and talk to the portal over HTTP at {@link Settings#baseUrl()}.
 * {@link DeployOncePerRun} keeps the EAR deployed from the first test class to the end of the run.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

  @Deployment(testable = false)
  public static EnterpriseArchive portal() {
    return Deployments.portal();
  }
}

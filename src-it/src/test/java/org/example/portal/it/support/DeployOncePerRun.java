package org.example.portal.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian deploys a test class's deployment before the class and undeploys it after: for the portal EAR
 * that is 10-20 s per class. Every test class here deploys the same EAR, so this extension deploys it for
 * the first class only, leaves it deployed for the next ones (matched by container and archive name) and
 * undeploys it just before Arquillian stops the server at the end of the run. The managed container starts
 * Payara on the first deployment, so the first "Deployed ... in" figure includes the server start.
 *
 * <p>Consequence: test classes share one running application (and its in-memory state) as well as the
 * database, so tests create their own data with unique e-mails and names. {@code -Dit.deploy.once=false}
 * restores Arquillian's deployment per class.
 */
public class DeployOncePerRun {

  private static final Logger LOG = Logger.getLogger(DeployOncePerRun.class.getName());

  /** Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.observer(DeployOncePerRun.class);
    }
  }

  private record Deployed(String container, String archive, DeployableContainer<?> target, Archive<?> deployed) {}

  private static final List<Deployed> DEPLOYED = new ArrayList<>();

  public void deploy(@Observes EventContext<DeployDeployment> context) {
    DeployDeployment event = context.getEvent();
    boolean once = Settings.deployOncePerRun() && event.getDeployment().getDescription().isArchiveDeployment();
    if (once && find(event) != null) {
      LOG.info(() -> archiveName(event) + " is still deployed from an earlier test class; not deploying it again");
      event.getDeployment().deployed();
      return;
    }
    long started = System.nanoTime();
    context.proceed();
    if (event.getDeployment().hasDeploymentError()) {
      return;
    }
    LOG.info(() -> String.format("Deployed %s in %.1f s", archiveName(event), seconds(started)));
    if (once) {
      synchronized (DEPLOYED) {
        DEPLOYED.add(
            new Deployed(
                event.getContainerName(),
                archiveName(event),
                event.getDeployableContainer(),
                archive(event.getDeployment().getDescription())));
      }
    }
  }

  public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
    if (find(context.getEvent()) == null) {
      context.proceed();
    }
    // Otherwise it stays deployed for the next test class; undeployBeforeStop removes it.
  }

  public void undeployBeforeStop(@Observes BeforeStop event) {
    synchronized (DEPLOYED) {
      for (var it = DEPLOYED.iterator(); it.hasNext(); ) {
        Deployed deployed = it.next();
        if (deployed.target() != event.getDeployableContainer()) {
          continue;
        }
        it.remove();
        try {
          deployed.target().undeploy(deployed.deployed());
          LOG.info(() -> "Undeployed " + deployed.archive() + " at the end of the run");
        } catch (Exception e) {
          LOG.log(Level.WARNING, "Could not undeploy " + deployed.archive() + " before stopping the server", e);
        }
      }
    }
  }

  private static Deployed find(DeploymentEvent event) {
    synchronized (DEPLOYED) {
      return DEPLOYED.stream()
          .filter(d -> d.container().equals(event.getContainerName()) && d.archive().equals(archiveName(event)))
          .findFirst()
          .orElse(null);
    }
  }

  private static String archiveName(DeploymentEvent event) {
    DeploymentDescription description = event.getDeployment().getDescription();
    return description.isArchiveDeployment() ? archive(description).getName() : "descriptor " + description.getName();
  }

  private static Archive<?> archive(DeploymentDescription description) {
    return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}

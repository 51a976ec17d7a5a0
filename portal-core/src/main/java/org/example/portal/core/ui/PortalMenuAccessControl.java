package org.example.portal.core.ui;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Vaadin's default menu access control as a CDI bean. {@code MenuConfiguration.getMenuEntries()}, which
 * {@link MainLayout} uses, asks the instantiator for one; vaadin-cdi 15.0 has no bean of its own (added
 * upstream in vaadin/cdi#460) and would otherwise fail on every page. Which entries a user sees is still
 * decided by {@link ViewAccess}.
 */
@ApplicationScoped
public class PortalMenuAccessControl extends DefaultMenuAccessControl {}

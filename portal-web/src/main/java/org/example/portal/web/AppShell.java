package org.example.portal.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** The page every view is rendered in: Lumo theme, phone-friendly viewport, server push for live updates. */
@Push
@Viewport("width=device-width, initial-scale=1")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Customer feedback portal", shortName = "Portal")
public class AppShell implements AppShellConfigurator {}

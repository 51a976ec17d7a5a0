package org.example.portal.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view is rendered in: Lumo theme, phone-friendly viewport, server push for live updates. The
 * browser's own requests go as plain HTTP and only the server's pushes over the WebSocket, so a request's answer
 * never shares a WebSocket frame stream with a push (a mixed-up frame once reached a browser as invalid JSON).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@Viewport("width=device-width, initial-scale=1")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Customer feedback portal", shortName = "Portal")
public class AppShell implements AppShellConfigurator {}

/**
 * Team admin views: the page where admins create, edit and delete staff teams, and the dialog that sets a
 * team's kind, product areas and members through {@code TeamService}.
 */
package org.example.portal.core.team.ui;

/** What the portal sets up by itself at start: the first admin and, on request, demo data. */
package org.example.portal.core.bootstrap;

/** Where the portal's own background work runs, beside the server's shared executor. */
package org.example.portal.core.concurrent;

/** The module's tables and what talks to the outside: reading RFC 822 and mbox files with Jakarta Mail. */
package org.example.portal.selfservice.infrastructure;

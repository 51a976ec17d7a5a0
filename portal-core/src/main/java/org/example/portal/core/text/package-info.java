/** Text that customers and staff write, turned into safe HTML and plain text the same way in every module. */
package org.example.portal.core.text;

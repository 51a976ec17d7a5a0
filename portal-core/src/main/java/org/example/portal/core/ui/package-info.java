/**
 * The UI shell every module's views live in: the main layout and its menu, view access control, the one
 * error handler, form error display and the home page.
 */
package org.example.portal.core.ui;

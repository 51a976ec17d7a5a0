/**
 * Business failures shared by every module. A module names its own failures by extending these; the
 * REST mappers and the UI error handler know only these base types.
 */
package org.example.portal.core.error;

/**
 * Checks every module applies to files people upload (ticket attachments, program images): safe names, size
 * limits, and image formats recognised by their first bytes, never by the name or the uploader's claim.
 */
package org.example.portal.core.file;

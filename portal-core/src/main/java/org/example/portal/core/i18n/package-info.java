/** Text in the customer's language: English and Uzbek, merged from every module's message files. */
package org.example.portal.core.i18n;

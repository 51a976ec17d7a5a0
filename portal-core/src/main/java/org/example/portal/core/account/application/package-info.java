/** Account use cases with their transactions and input rules. */
package org.example.portal.core.account.application;

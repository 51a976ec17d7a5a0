/** Account views: sign in, register, reset a password, accept an invitation, manage one's own account. */
package org.example.portal.core.account.ui;

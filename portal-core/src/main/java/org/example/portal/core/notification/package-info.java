/** E-mail through a transactional outbox: queued with the change that causes it, delivered with retries. */
package org.example.portal.core.notification;

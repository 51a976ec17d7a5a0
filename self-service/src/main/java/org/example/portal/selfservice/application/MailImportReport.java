package org.example.portal.selfservice.application;

import java.util.List;

/**
 * What an import of e-mail did.
 *
 * @param messages messages read from the file
 * @param tickets messages that opened a new ticket
 * @param replies messages added to an existing ticket
 * @param duplicates messages taken in before (same Message-ID), skipped
 * @param rejected messages that could not be taken in, with the first reasons
 */
public record MailImportReport(int messages, int tickets, int replies, int duplicates, int rejected, List<String> reasons) {}

package dev.shelfwise.ingest.validation;

import dev.shelfwise.contracts.Identifiers;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The limits events are checked against.
 *
 * @param clock          the server clock, against which "the future" is judged
 * @param maxFutureSkew  how far ahead of the server clock a timestamp may be (platform clocks drift)
 * @param earliest       timestamps before this are refused as typos (e.g. year 0026)
 * @param maxLinesPerOrder lines (and refund lines) per order
 */
public record ValidationRules(Clock clock, Duration maxFutureSkew, OffsetDateTime earliest, int maxLinesPerOrder) {

    /** Identifiers (order ids, SKUs, …) longer than this are refused. */
    public static final int MAX_ID_LENGTH = Identifiers.MAX_LENGTH;
    /** Free text (product names, …) longer than this is refused. */
    public static final int MAX_TEXT_LENGTH = 512;
    /** The largest money amount or unit price accepted; anything larger is a unit mix-up. */
    public static final long MAX_MONEY = 1_000_000_000L;
    /** Money is kept to at most this many decimals. */
    public static final int MAX_MONEY_SCALE = 6;
    /** The largest quantity or counter accepted in one event. */
    public static final long MAX_COUNT = 1_000_000_000L;
}

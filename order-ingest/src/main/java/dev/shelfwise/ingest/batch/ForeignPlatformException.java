package dev.shelfwise.ingest.batch;

/** An item names a platform other than the one the caller's token belongs to. */
public class ForeignPlatformException extends RuntimeException {
    public ForeignPlatformException(int index, String platform, String callerPlatform) {
        super("item " + index + " names platform '" + platform + "' but the token belongs to '" + callerPlatform
                + "'; nothing in this request was written");
    }
}

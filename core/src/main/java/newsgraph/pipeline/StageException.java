package newsgraph.pipeline;

/** A stage failed on one document; the message names the stage and the document's source. */
public final class StageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StageException(String message, Throwable cause) {
    super(message, cause);
  }
}

package newsgraph.server;

/** A request the API refuses: the HTTP status and a message for the caller. */
final class ApiError extends RuntimeException {
  final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }
}
